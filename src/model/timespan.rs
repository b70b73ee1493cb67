//! .NET `TimeSpan` values as the configuration cmdlets take them (`-RunInterval 00:15:00`).
//!
//! The model keeps a [`TimeSpan`] as a count of 100-nanosecond ticks and shows and saves it in
//! .NET's constant ("c") format, `[-][d.]hh:mm:ss[.fffffff]`, the text PowerShell prints for a
//! `[TimeSpan]`. [`TimeSpan::parse`] reads that format and its shorter forms (`hh:mm`, a bare
//! number of days), so `"00:30:00"`, `"1.00:00:00"` and the text of
//! `[TimeSpan]::FromMinutes(30)` all work.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Ticks (100 ns) in one second.
const TICKS_PER_SECOND: i64 = 10_000_000;
/// Ticks in one minute.
const TICKS_PER_MINUTE: i64 = 60 * TICKS_PER_SECOND;
/// Ticks in one hour.
const TICKS_PER_HOUR: i64 = 60 * TICKS_PER_MINUTE;
/// Ticks in one day.
const TICKS_PER_DAY: i64 = 24 * TICKS_PER_HOUR;

/// A length of time with .NET's 100-nanosecond resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TimeSpan {
    ticks: i64,
}

impl TimeSpan {
    /// A time span of `ticks` 100-nanosecond units (PowerShell converts a number this way).
    pub const fn from_ticks(ticks: i64) -> Self {
        TimeSpan { ticks }
    }

    /// A whole number of minutes.
    pub const fn from_minutes(minutes: i64) -> Self {
        TimeSpan::from_ticks(minutes * TICKS_PER_MINUTE)
    }

    /// A whole number of days.
    pub const fn from_days(days: i64) -> Self {
        TimeSpan::from_ticks(days * TICKS_PER_DAY)
    }

    /// The length in ticks.
    pub const fn ticks(self) -> i64 {
        self.ticks
    }

    /// Reads .NET's constant format, `[-]d`, `[-][d.]hh:mm[:ss[.fffffff]]` (surrounding spaces
    /// allowed; hours 0–23, minutes and seconds 0–59, up to seven fraction digits). `None` when
    /// the text is no time span.
    pub fn parse(text: &str) -> Option<TimeSpan> {
        let text = text.trim();
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let ticks = if body.contains(':') {
            clock_ticks(body)?
        } else {
            number(body, u32::MAX.into())?.checked_mul(TICKS_PER_DAY)?
        };
        Some(TimeSpan::from_ticks(if negative { -ticks } else { ticks }))
    }
}

/// `[d.]hh:mm[:ss[.fffffff]]` in ticks.
fn clock_ticks(body: &str) -> Option<i64> {
    let mut parts = body.split(':');
    let first = parts.next()?;
    let (days, hours) = match first.split_once('.') {
        Some((d, h)) => (number(d, 10_675_199)?, number(h, 23)?),
        None => (0, number(first, 23)?),
    };
    let minutes = number(parts.next()?, 59)?;
    let (seconds, fraction) = match parts.next() {
        None => (0, 0),
        Some(s) => match s.split_once('.') {
            Some((whole, digits)) => (number(whole, 59)?, fraction_ticks(digits)?),
            None => (number(s, 59)?, 0),
        },
    };
    if parts.next().is_some() {
        return None;
    }
    let ticks = days.checked_mul(TICKS_PER_DAY)?
        + hours * TICKS_PER_HOUR
        + minutes * TICKS_PER_MINUTE
        + seconds * TICKS_PER_SECOND
        + fraction;
    Some(ticks)
}

/// Decimal digits only, at most `max`.
fn number(text: &str, max: i64) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<i64>().ok().filter(|n| *n <= max)
}

/// One to seven fraction digits as ticks (`5` is half a second).
fn fraction_ticks(digits: &str) -> Option<i64> {
    if !(1..=7).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let padded = format!("{digits:0<7}");
    padded.parse().ok()
}

impl fmt::Display for TimeSpan {
    /// .NET's constant format: `00:15:00`, `1.00:00:00`, `00:00:00.5000000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ticks < 0 {
            f.write_str("-")?;
        }
        let ticks = self.ticks.unsigned_abs();
        let per = |unit: i64| unit.unsigned_abs();
        let days = ticks / per(TICKS_PER_DAY);
        let hours = ticks % per(TICKS_PER_DAY) / per(TICKS_PER_HOUR);
        let minutes = ticks % per(TICKS_PER_HOUR) / per(TICKS_PER_MINUTE);
        let seconds = ticks % per(TICKS_PER_MINUTE) / per(TICKS_PER_SECOND);
        let fraction = ticks % per(TICKS_PER_SECOND);
        if days > 0 {
            write!(f, "{days}.")?;
        }
        write!(f, "{hours:02}:{minutes:02}:{seconds:02}")?;
        if fraction > 0 {
            write!(f, ".{fraction:07}")?;
        }
        Ok(())
    }
}

impl super::view::ToProp for TimeSpan {
    fn to_prop(&self) -> super::view::Prop {
        super::view::Prop::Str(self.to_string())
    }
}

impl Serialize for TimeSpan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeSpan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        TimeSpan::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("{text:?} is not a time span (d.hh:mm:ss)"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Option<String> {
        TimeSpan::parse(text).map(|t| t.to_string())
    }

    #[test]
    fn the_constant_format_round_trips() {
        for text in [
            "00:15:00",
            "1.00:00:00",
            "30.00:00:00",
            "00:00:00.5000000",
            "-00:01:00",
        ] {
            assert_eq!(shown(text).as_deref(), Some(text));
        }
    }

    #[test]
    fn shorter_forms_are_read_as_dotnet_reads_them() {
        assert_eq!(shown("00:30").as_deref(), Some("00:30:00"));
        assert_eq!(shown(" 2 ").as_deref(), Some("2.00:00:00"));
        assert_eq!(shown("1.02:03").as_deref(), Some("1.02:03:00"));
        assert_eq!(shown("0:0:1.25").as_deref(), Some("00:00:01.2500000"));
        assert_eq!(
            TimeSpan::parse("00:15:00"),
            Some(TimeSpan::from_minutes(15))
        );
    }

    #[test]
    fn text_that_is_no_time_span_is_refused() {
        for text in [
            "",
            "soon",
            "24:00:00",
            "00:60:00",
            "00:00:60",
            "1:2:3:4",
            "00:15:00.12345678",
            "+1",
            "1.",
            ":30",
        ] {
            assert_eq!(shown(text), None, "{text:?}");
        }
    }

    #[test]
    fn saved_as_text() {
        let json = serde_json::to_string(&TimeSpan::from_days(1)).unwrap();
        assert_eq!(json, "\"1.00:00:00\"");
        let back: TimeSpan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, TimeSpan::from_days(1));
        assert!(serde_json::from_str::<TimeSpan>("\"later\"").is_err());
    }
}
