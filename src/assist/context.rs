//! What the text before the cursor is: the word being typed, what kind of word it is, and
//! the command (with the parameters already given) it belongs to. Completion and hints share
//! this analysis; it runs the parser's tolerant token stream, so broken text works too.

use crate::cmdlets::general::help::{parameter_sets, params_of_set};
use crate::cmdlets::registry;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec};
use crate::span::SourceId;
use crate::syntax::{tokens, TokenKind};

/// What the word under the cursor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordKind {
    /// A command name (statement start, after `|`, `{`, `(`, `=`).
    Command,
    /// `-Name` after a command.
    Parameter,
    /// `$name`.
    Variable,
    /// A value of the named parameter (canonical name), if it is known.
    Value(Option<String>),
}

/// The analysis of `line[..pos]`.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// Byte offset where the word under the cursor starts.
    pub word_start: usize,
    /// The word typed so far (possibly empty).
    pub word: &'a str,
    /// What the word is.
    pub kind: WordKind,
    /// The spec of the command the word belongs to, if it is a known cmdlet.
    pub command: Option<&'static CmdletSpec>,
    /// Canonical names of the parameters already given to that command.
    pub given: Vec<String>,
}

/// Characters that end a word on their left (besides white space).
const WORD_BREAKS: &[char] = &['|', ';', '{', '}', '(', ')', '=', ',', '"', '\''];

/// Analyses the text before the cursor. `pos` is clamped to a char boundary.
pub fn analyse(line: &str, pos: usize) -> Context<'_> {
    let mut pos = pos.min(line.len());
    while !line.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &line[..pos];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || WORD_BREAKS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let head = &before[..word_start];

    let mut command: Option<&'static CmdletSpec> = None;
    let mut given: Vec<String> = Vec::new();
    let mut pending: Option<&'static ParamSpec> = None;
    let mut positionals = 0usize;
    for token in tokens(head, SourceId(0)) {
        let text = &head[token.span.range()];
        match token.kind {
            TokenKind::Command => {
                command = registry::lookup(text);
                given.clear();
                pending = None;
                positionals = 0;
            }
            TokenKind::Parameter => {
                let name = text.trim_start_matches('-').trim_end_matches(':');
                let param = command.and_then(|c| c.signature.find(name));
                pending = param.filter(|p| p.kind != ParamKind::Switch && !text.ends_with(':'));
                given.push(param.map_or(name.to_string(), |p| p.name.clone()));
            }
            TokenKind::Punctuation if matches!(text, "|" | "{" | "}" | "(" | ")") => {
                command = None;
                given.clear();
                pending = None;
                positionals = 0;
            }
            TokenKind::Punctuation | TokenKind::Comment | TokenKind::Operator => {}
            _ => {
                if pending.take().is_none() {
                    positionals += 1;
                }
            }
        }
    }

    let kind = if word.starts_with('$') {
        WordKind::Variable
    } else if in_command_position(head) {
        WordKind::Command
    } else if word.starts_with('-') && command.is_some() {
        WordKind::Parameter
    } else {
        let param = pending.or_else(|| {
            command.and_then(|c| {
                c.signature
                    .params
                    .iter()
                    .find(|p| p.position == Some(positionals) && !given.contains(&p.name))
            })
        });
        WordKind::Value(param.map(|p| p.name.clone()))
    };
    Context {
        word_start,
        word,
        kind,
        command,
        given,
    }
}

/// The first parameter set of `spec` (as `Get-Help` lists them; `None` is the one set of a
/// cmdlet without named sets) that has every parameter in `given`.
pub fn fitting_set(spec: &CmdletSpec, given: &[String]) -> Option<Option<String>> {
    parameter_sets(&spec.signature).into_iter().find(|set| {
        let params = params_of_set(&spec.signature, set.as_deref());
        given.iter().all(|g| params.iter().any(|p| p.answers_to(g)))
    })
}

/// Whether a word starting right after `head` is in command position.
fn in_command_position(head: &str) -> bool {
    let probe = format!("{head}x");
    tokens(&probe, SourceId(0))
        .last()
        .is_some_and(|t| t.kind == TokenKind::Command && t.span.end as usize == probe.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_command_parameter_and_value_words() {
        let c = analyse("Move-Us", 7);
        assert_eq!((c.word, c.kind), ("Move-Us", WordKind::Command));
        let c = analyse("Get-User | Move-User -Ta", 24);
        assert_eq!(c.kind, WordKind::Parameter);
        assert_eq!(c.command.map(|s| s.name), Some("Move-User"));
        assert_eq!(c.word_start, 21);
        let c = analyse("Move-User -Identity ann -Target ", 32);
        assert_eq!(c.kind, WordKind::Value(Some("Target".into())));
        assert_eq!(c.given, vec!["Identity".to_string(), "Target".into()]);
        let c = analyse("Move-CsUser sip:a", 17);
        assert_eq!(c.kind, WordKind::Value(Some("Identity".into())));
        let c = analyse("foreach ($u in $us", 18);
        assert_eq!((c.word, c.kind), ("$us", WordKind::Variable));
        let c = analyse("", 0);
        assert_eq!(c.kind, WordKind::Command);
    }
}
