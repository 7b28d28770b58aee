package ui

import _ "github.com/charmbracelet/x/exp/teatest"
