//! The one error type of the engine.

use std::fmt;

/// Why an analysis could not run. The message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The kind of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An option has a wrong value; the message names the field.
    InvalidOption,
    /// The input is longer than `Options::max_input_bytes`.
    InputTooLarge,
}

impl Error {
    pub(crate) fn option(field: &str, why: &str) -> Self {
        Error {
            kind: ErrorKind::InvalidOption,
            message: format!("invalid option `{field}`: {why}"),
        }
    }

    pub(crate) fn too_large(len: usize, max: usize) -> Self {
        Error {
            kind: ErrorKind::InputTooLarge,
            message: format!(
                "input is {len} bytes, over the limit of {max} bytes; split it or raise `maxInputBytes`"
            ),
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
