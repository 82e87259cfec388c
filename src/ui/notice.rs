//! What the person should know about their saved answers: codes, worded in
//! `messages::notice`. Kept apart from the store so that the words can name
//! them without depending on storage.

use crate::rules::program::Program;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Notice {
    /// Storage is off, blocked or full from the start: answers live in memory.
    StorageUnavailable,
    /// A save failed later (usually a full storage): answers now live in memory.
    StorageFailed,
    /// A saved application could not be read and was removed.
    DraftUnreadable(&'static Program),
    /// A saved application from an older version of the form was removed.
    DraftOutdated,
    /// The acknowledgement texts changed since they were ticked.
    AcknowledgementsChanged,
}

/// Why a chosen file cannot be used. The current draft is never touched.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileProblem {
    Empty,
    TooLarge,
    /// The browser could not read it (moved, no permission).
    Unreadable,
    NotJson,
    /// JSON, but not a saved-answers file (a downloaded application, say).
    NotSavedAnswers,
    /// Saved by another version of the form.
    OtherVersion {
        newer: bool,
    },
    /// A program this form does not offer (the widget offers one).
    OtherProgram(Option<&'static Program>),
    /// Says it is a saved-answers file of this program, but the answers do not read.
    Broken(&'static Program),
}
