package main

import (
	"bytes"
	"strings"

	"github.com/spf13/cobra"
)

// runCommand runs cmd with args and stdin in process and returns its
// standard output, standard error and error.
func runCommand(cmd *cobra.Command, stdin string, args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), errOut.String(), err
}
