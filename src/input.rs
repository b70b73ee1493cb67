//! Reading the files coexist takes whole: a size limit checked before anything is read, and
//! the encodings a script may come in.
//!
//! A file over its limit is refused from its size alone; a file without a size (a pipe, a
//! device such as `/dev/zero`) or one that grows while it is read is cut off one byte past
//! the limit. So no input, however large, is ever read into memory whole.

use std::io::Read;
use std::path::Path;

/// The largest script `coexist run` and `coexist check` read: 1 GiB (the 1 000 000-user
/// benchmark workload is about 310 MB).
pub const MAX_SCRIPT_BYTES: u64 = 1 << 30;

/// The largest state file coexist loads: 768 MiB (a state file takes about 510 bytes per
/// user, so this holds some 1.5 million users).
pub const MAX_STATE_BYTES: u64 = 768 << 20;

/// Why a file could not be read whole.
#[derive(Debug)]
pub enum ReadError {
    /// It could not be opened or read.
    Io(std::io::Error),
    /// It is larger than `limit` bytes: `size` is its size, or at least the bytes read.
    TooLarge {
        /// The file's size (or a lower bound of it).
        size: u64,
        /// The limit it crossed.
        limit: u64,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => e.fmt(f),
            ReadError::TooLarge { size, limit } => write!(
                f,
                "the file is {} and coexist reads at most {}",
                human_size(*size),
                human_size(*limit)
            ),
        }
    }
}

/// Reads the file at `path` whole, if it is at most `limit` bytes.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    read_from(file, limit)
}

/// Reads `reader` to its end, if that is at most `limit` bytes.
pub fn read_from(reader: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let size = bytes.len() as u64;
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    Ok(bytes)
}

/// `1.0 GiB`, `768.0 MiB`, `12 bytes`.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            return format!("{:.1} {unit}", bytes as f64 / size as f64);
        }
    }
    format!("{bytes} bytes")
}

/// Why a script's bytes are not a script's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// Not UTF-8 (nor UTF-16 with a byte order mark): the first bad byte's offset.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// UTF-16 with a byte order mark, but with an unpaired surrogate.
    InvalidUtf16,
    /// A NUL character, which no script contains (a binary file, or UTF-16 without a BOM).
    NulCharacter {
        /// Byte offset of the NUL in the decoded text.
        offset: usize,
        /// 1-based line of it.
        line: usize,
    },
}

/// The text of a script file: UTF-8 (a BOM is kept, the parser skips it) or UTF-16 with a
/// byte order mark, as Windows PowerShell's `Out-File` writes by default.
pub fn script_text(bytes: Vec<u8>) -> Result<String, TextError> {
    let text = match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes)?,
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes)?,
        _ => String::from_utf8(bytes).map_err(|e| TextError::InvalidUtf8 {
            offset: e.utf8_error().valid_up_to(),
        })?,
    };
    match text.find('\0') {
        Some(offset) => Err(TextError::NulCharacter {
            offset,
            line: text[..offset].matches('\n').count() + 1,
        }),
        None => Ok(text),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, TextError> {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        // An odd trailing byte cannot be UTF-16.
        _ => 0xD800,
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| TextError::InvalidUtf16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_from_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        // Sparse: no disk space is used, and nothing is read.
        std::fs::File::create(&path)
            .unwrap()
            .set_len(1 << 30)
            .unwrap();
        match read_file(&path, MAX_STATE_BYTES) {
            Err(ReadError::TooLarge { size, limit }) => {
                assert_eq!((size, limit), (1 << 30, MAX_STATE_BYTES))
            }
            other => panic!("expected TooLarge, got {other:?}"),
        }
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(read_file(&path, 5).unwrap(), b"12345");
        assert!(matches!(
            read_file(&path, 4),
            Err(ReadError::TooLarge { size: 5, limit: 4 })
        ));
    }

    #[test]
    fn an_endless_stream_is_cut_off_past_the_limit() {
        let endless = std::io::repeat(b'x');
        match read_from(endless, 1000) {
            Err(e @ ReadError::TooLarge { size: 1001, .. }) => {
                assert_eq!(
                    e.to_string(),
                    "the file is 1001 bytes and coexist reads at most 1000 bytes"
                )
            }
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(human_size(1 << 30), "1.0 GiB");
        assert_eq!(human_size(MAX_STATE_BYTES), "768.0 MiB");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(12), "12 bytes");
    }

    #[test]
    fn scripts_are_utf8_or_utf16_with_a_bom_and_never_hold_nul() {
        assert_eq!(script_text(b"'caf\xc3\xa9'".to_vec()).unwrap(), "'café'");
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Get-User\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(script_text(utf16le).unwrap(), "Get-User\n");
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("é".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(script_text(utf16be).unwrap(), "é");
        assert_eq!(
            script_text(vec![0xFF, 0xFE, 0x41]),
            Err(TextError::InvalidUtf16)
        );
        assert_eq!(
            script_text(b"ok\n\xff".to_vec()),
            Err(TextError::InvalidUtf8 { offset: 3 })
        );
        // UTF-16 without a BOM reads as UTF-8 with a NUL after every ASCII letter.
        assert_eq!(
            script_text(b"a\nb\0".to_vec()),
            Err(TextError::NulCharacter { offset: 3, line: 2 })
        );
    }
}
