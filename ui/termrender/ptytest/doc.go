// Package ptytest gives tests a pseudo-terminal to run a full-screen
// program on (Linux): the program gets the terminal end, the test plays the
// terminal on the other (it reads everything written, types keys,
// resizes). WaitForOutput works everywhere.
package ptytest
