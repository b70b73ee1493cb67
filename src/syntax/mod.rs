//! Text → typed AST. The only module that imports pest.

pub mod ast;
