package main

import "github.com/spf13/cobra"

// newExportCmd builds `annotty export`. (Placeholder: the annotations helper replaces this file.)
func newExportCmd() *cobra.Command {
	return &cobra.Command{Use: "export [--format json|w3c|jsonl] [-o FILE] ARTICLE"}
}
