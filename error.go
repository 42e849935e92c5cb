package dossier

import (
	"errors"
	"fmt"
)

// Error codes, mapped to HTTP status in one table in package http.
const (
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	EINTERNAL     = "internal"
	EUNAUTHORIZED = "unauthorized"
)

// Error is an application error with a machine-readable code and a message
// for the user.
type Error struct {
	Code    string
	Message string
}

// Error returns the message alone: it is written for the user, and the code
// travels beside it (ErrorCode).
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
