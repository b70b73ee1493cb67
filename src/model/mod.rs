//! PLACEHOLDER: replaced by the model work (issue 4). Only the names other modules use.

/// The coexistence model.
#[derive(Debug, Clone, Default)]
pub struct Model {}

/// A model rule's error.
#[derive(Debug, Clone)]
pub struct ModelError {}

/// A model rule's warning.
#[derive(Debug, Clone)]
pub struct ModelWarning {}
