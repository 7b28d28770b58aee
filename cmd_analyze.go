package main

import "github.com/spf13/cobra"

// newAnalyzeCmd builds `annotty analyze`. (Placeholder: the detection helper replaces this file.)
func newAnalyzeCmd() *cobra.Command {
	return &cobra.Command{Use: "analyze [--format json|text] FILE..."}
}
