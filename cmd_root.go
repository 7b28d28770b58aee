package main

import "github.com/spf13/cobra"

// newRootCmd builds the `annotty [FILE]` command that opens the reader.
// (Placeholder: the reader helper replaces this file.)
func newRootCmd() *cobra.Command {
	return &cobra.Command{Use: "annotty [FILE|-]", Version: version, SilenceUsage: true, SilenceErrors: true}
}
