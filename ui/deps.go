// Package ui holds annotty's Bubble Tea models and views.
package ui

// Temporary: keeps the pinned UI modules in go.mod until the reader lands.
import (
	_ "github.com/charmbracelet/bubbles/key"
	_ "github.com/charmbracelet/bubbletea"
	_ "github.com/charmbracelet/glamour"
	_ "github.com/charmbracelet/lipgloss"
)
