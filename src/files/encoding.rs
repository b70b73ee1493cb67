//! Text encodings of the files scripts read and write, named as PowerShell's `-Encoding` names
//! them.
//!
//! Reading: a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); without one the
//! bytes are UTF-8, and bytes that are not valid UTF-8 are Windows-1252 (what Windows
//! PowerShell's `Default` reads on a western machine, so an `Export-Csv` from Excel keeps its
//! accents). An explicit `-Encoding` decodes as told.
//!
//! Writing: without `-Encoding`, UTF-8 without a byte order mark. What each name writes:
//!
//! | `-Encoding` | Bytes written |
//! |---|---|
//! | (none), `UTF8NoBOM`, `Default`, `OEM`, `UTF7` | UTF-8, no BOM (coexist has no code pages) |
//! | `UTF8`, `UTF8BOM` | UTF-8 with a BOM (as Windows PowerShell 5.1 writes `UTF8`) |
//! | `Unicode`, `String`, `Unknown` | UTF-16 little-endian with a BOM |
//! | `BigEndianUnicode` | UTF-16 big-endian with a BOM |
//! | `UTF32` | UTF-32 little-endian with a BOM |
//! | `BigEndianUTF32` | UTF-32 big-endian with a BOM |
//! | `ASCII` | 7-bit ASCII; other characters become `?` |
//! | `Byte` | the values themselves, each a number from 0 to 255 (content cmdlets only) |

/// The line end written between lines: the platform's, as PowerShell writes
/// `[Environment]::NewLine`.
pub const NEWLINE: &str = if cfg!(windows) { "\r\n" } else { "\n" };

/// The names `-Encoding` accepts (PowerShell 5.1's and 7's), in their canonical casing.
pub const NAMES: &[&str] = &[
    "ASCII",
    "BigEndianUnicode",
    "BigEndianUTF32",
    "Byte",
    "Default",
    "OEM",
    "String",
    "Unicode",
    "Unknown",
    "UTF7",
    "UTF8",
    "UTF8BOM",
    "UTF8NoBOM",
    "UTF32",
];

/// How text becomes bytes and back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8; `bom` says whether a byte order mark is written.
    Utf8 {
        /// Write `EF BB BF` first.
        bom: bool,
    },
    /// UTF-16 little-endian with a BOM.
    Utf16Le,
    /// UTF-16 big-endian with a BOM.
    Utf16Be,
    /// UTF-32 little-endian with a BOM.
    Utf32Le,
    /// UTF-32 big-endian with a BOM.
    Utf32Be,
    /// 7-bit ASCII.
    Ascii,
    /// Windows' ANSI code page: read as Windows-1252, written as UTF-8 without a BOM.
    Ansi,
    /// Raw bytes (`-Encoding Byte`).
    Byte,
}

impl Encoding {
    /// The encoding an `-Encoding` name stands for (case-insensitive), if it is one of [`NAMES`].
    pub fn from_name(name: &str) -> Option<Encoding> {
        let canonical = NAMES.iter().find(|n| n.eq_ignore_ascii_case(name.trim()))?;
        Some(match *canonical {
            "ASCII" => Encoding::Ascii,
            "BigEndianUnicode" => Encoding::Utf16Be,
            "BigEndianUTF32" => Encoding::Utf32Be,
            "Byte" => Encoding::Byte,
            "Default" | "OEM" => Encoding::Ansi,
            "String" | "Unicode" | "Unknown" => Encoding::Utf16Le,
            "UTF8" | "UTF8BOM" => Encoding::Utf8 { bom: true },
            "UTF32" => Encoding::Utf32Le,
            _ => Encoding::Utf8 { bom: false },
        })
    }

    /// The byte order mark this encoding writes first (empty for none).
    pub fn bom(self) -> &'static [u8] {
        match self {
            Encoding::Utf8 { bom: true } => &[0xEF, 0xBB, 0xBF],
            Encoding::Utf16Le => &[0xFF, 0xFE],
            Encoding::Utf16Be => &[0xFE, 0xFF],
            Encoding::Utf32Le => &[0xFF, 0xFE, 0x00, 0x00],
            Encoding::Utf32Be => &[0x00, 0x00, 0xFE, 0xFF],
            _ => &[],
        }
    }

    /// `text` as bytes, without the byte order mark.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Encoding::Utf8 { .. } | Encoding::Ansi | Encoding::Byte => text.as_bytes().to_vec(),
            Encoding::Utf16Le => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            Encoding::Utf16Be => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            Encoding::Utf32Le => text
                .chars()
                .flat_map(|c| (c as u32).to_le_bytes())
                .collect(),
            Encoding::Utf32Be => text
                .chars()
                .flat_map(|c| (c as u32).to_be_bytes())
                .collect(),
            Encoding::Ascii => text
                .chars()
                .map(|c| if c.is_ascii() { c as u8 } else { b'?' })
                .collect(),
        }
    }

    /// Decodes `bytes` (a matching byte order mark is skipped; invalid sequences become
    /// U+FFFD, as .NET's decoders do).
    pub fn decode(self, bytes: &[u8]) -> String {
        let body = bytes.strip_prefix(self.bom()).unwrap_or(bytes);
        match self {
            Encoding::Utf8 { .. } | Encoding::Byte => String::from_utf8_lossy(body).into_owned(),
            Encoding::Ansi => match std::str::from_utf8(body) {
                Ok(text) => text.to_string(),
                Err(_) => windows_1252(body),
            },
            Encoding::Ascii => body
                .iter()
                .map(|&b| if b.is_ascii() { b as char } else { '?' })
                .collect(),
            Encoding::Utf16Le => utf16(body, u16::from_le_bytes),
            Encoding::Utf16Be => utf16(body, u16::from_be_bytes),
            Encoding::Utf32Le => utf32(body, u32::from_le_bytes),
            Encoding::Utf32Be => utf32(body, u32::from_be_bytes),
        }
    }

    /// The encoding a byte order mark at the start of `bytes` announces.
    pub fn sniff(bytes: &[u8]) -> Option<Encoding> {
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is tried first.
        [
            Encoding::Utf32Le,
            Encoding::Utf32Be,
            Encoding::Utf8 { bom: true },
            Encoding::Utf16Le,
            Encoding::Utf16Be,
        ]
        .into_iter()
        .find(|e| bytes.starts_with(e.bom()))
    }
}

/// Decodes a file's bytes: with `encoding` as told, else by its byte order mark, else as
/// UTF-8 falling back to Windows-1252.
pub fn decode(bytes: &[u8], encoding: Option<Encoding>) -> String {
    encoding
        .or_else(|| Encoding::sniff(bytes))
        .unwrap_or(Encoding::Ansi)
        .decode(bytes)
}

fn utf16(body: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = body.chunks(2).map(|pair| match pair {
        [a, b] => read([*a, *b]),
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

fn utf32(body: &[u8], read: fn([u8; 4]) -> u32) -> String {
    body.chunks(4)
        .map(|quad| match quad {
            [a, b, c, d] => char::from_u32(read([*a, *b, *c, *d])),
            _ => None,
        })
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252: Latin-1 except for 0x80–0x9F, where the code page has typographic marks.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_known_case_insensitively() {
        for name in NAMES {
            assert!(
                Encoding::from_name(&name.to_lowercase()).is_some(),
                "{name}"
            );
        }
        assert_eq!(Encoding::from_name("EBCDIC"), None);
        assert_eq!(
            Encoding::from_name("utf8"),
            Some(Encoding::Utf8 { bom: true })
        );
        assert_eq!(
            Encoding::from_name("UTF8NoBOM"),
            Some(Encoding::Utf8 { bom: false })
        );
    }

    #[test]
    fn byte_order_marks_decide_how_a_file_reads() {
        let text = "Zoë, Ann";
        for encoding in [
            Encoding::Utf8 { bom: true },
            Encoding::Utf16Le,
            Encoding::Utf16Be,
            Encoding::Utf32Le,
            Encoding::Utf32Be,
        ] {
            let mut bytes = encoding.bom().to_vec();
            bytes.extend(encoding.encode(text));
            assert_eq!(decode(&bytes, None), text, "{encoding:?}");
            assert_eq!(decode(&bytes, Some(encoding)), text, "{encoding:?}");
        }
    }

    #[test]
    fn text_without_a_mark_is_utf8_else_windows_1252() {
        assert_eq!(decode("Zoë".as_bytes(), None), "Zoë");
        assert_eq!(decode(b"Zo\xEB \x80 \x93x\x94", None), "Zoë € “x”");
    }

    #[test]
    fn ascii_replaces_what_it_cannot_hold() {
        assert_eq!(Encoding::Ascii.encode("Zoë"), b"Zo?");
        assert_eq!(Encoding::Ascii.decode(b"Zo\xEB"), "Zo?");
    }

    #[test]
    fn broken_sequences_become_replacement_characters() {
        assert_eq!(Encoding::Utf16Le.decode(&[0x41, 0x00, 0x42]), "A\u{FFFD}");
        assert_eq!(Encoding::Utf16Le.decode(&[0x00, 0xD8]), "\u{FFFD}");
        assert_eq!(
            Encoding::Utf32Le.decode(&[0xFF, 0xFF, 0xFF, 0xFF]),
            "\u{FFFD}"
        );
        assert_eq!(
            Encoding::Utf8 { bom: false }.decode(b"a\xFFb"),
            "a\u{FFFD}b"
        );
    }
}
