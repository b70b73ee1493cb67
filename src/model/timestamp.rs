//! [`Timestamp`]: a date and time of day to the second, as chat messages are posted.
//!
//! The model keeps no time zone (a rehearsal has no clock): a timestamp is the civil date and
//! time a script writes. It reads the forms Lync scripts use, which are also what PowerShell
//! 5.1 converts to `[DateTime]` in the en-US culture:
//!
//! - ISO `yyyy-MM-dd`, with `T` or a space and `HH:mm[:ss[.fff]]` (a trailing `Z` is ignored);
//!   `/` or `.` may separate the date parts (`2013/01/01`);
//! - US `M/d/yyyy`, optionally with `h:mm[:ss]` and `AM`/`PM` (`1/1/2013 12:00 PM`), or a
//!   24-hour `H:mm[:ss]`.
//!
//! A date without a time is midnight at its start, as PowerShell converts it. The canonical
//! text (state file, `Posted`, plans) is ISO `yyyy-MM-ddTHH:mm:ss`, which sorts as it compares.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Seconds in a day.
const DAY: i64 = 86_400;

/// A civil date and time to the second, from year 1 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Seconds since 0001-01-01T00:00:00.
    seconds: i64,
}

impl Timestamp {
    /// The timestamp of a civil date and time, when every part is in range.
    pub fn new(
        year: u32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        second: u32,
    ) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then(|| Timestamp {
            seconds: days_before(year, month, day) * DAY
                + i64::from(hour * 3600 + minute * 60 + second),
        })
    }

    /// Parses the forms described in the module documentation.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (date, time) = match text.split_once(['T', ' ']) {
            Some((date, time)) => (date, Some(time.trim())),
            None => (text, None),
        };
        let parts: Vec<&str> = date.split(['-', '/', '.']).collect();
        let [a, b, c] = parts.as_slice() else {
            return None;
        };
        let (year, month, day) = if a.len() == 4 {
            (number(a)?, number(b)?, number(c)?)
        } else if c.len() == 4 && date.contains('/') {
            (number(c)?, number(a)?, number(b)?)
        } else {
            return None;
        };
        let (hour, minute, second) = match time {
            None | Some("") => (0, 0, 0),
            Some(time) => parse_time(time)?,
        };
        Timestamp::new(year, month, day, hour, minute, second)
    }

    /// The same instant `seconds` earlier (saturating at the first second of year 1).
    pub fn minus_seconds(self, seconds: i64) -> Self {
        Timestamp {
            seconds: (self.seconds - seconds).max(0),
        }
    }

    /// `(year, month, day, hour, minute, second)`.
    fn parts(self) -> (u32, u32, u32, u32, u32, u32) {
        let days = self.seconds.div_euclid(DAY);
        let rest = self.seconds.rem_euclid(DAY) as u32;
        let (year, month, day) = civil_from_days(days);
        (year, month, day, rest / 3600, rest / 60 % 60, rest % 60)
    }
}

impl fmt::Display for Timestamp {
    /// `yyyy-MM-ddTHH:mm:ss`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, mo, d, h, mi, s) = self.parts();
        write!(f, "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a date and time")))
    }
}

impl super::view::ToProp for Timestamp {
    fn to_prop(&self) -> super::view::Prop {
        super::view::Prop::Str(self.to_string())
    }
}

/// A decimal number of at most four digits.
fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `HH:mm[:ss[.fff]][Z]`, or `h:mm[:ss] AM|PM`.
fn parse_time(text: &str) -> Option<(u32, u32, u32)> {
    let upper = text.to_ascii_uppercase();
    let (clock, meridiem) = match upper
        .strip_suffix("AM")
        .or_else(|| upper.strip_suffix("PM"))
    {
        Some(clock) => (clock.trim_end(), Some(upper.ends_with("PM"))),
        None => (upper.trim_end_matches('Z'), None),
    };
    let fields: Vec<&str> = clock.split(':').collect();
    let (hour, minute, second) = match fields.as_slice() {
        [h, m] => (number(h)?, number(m)?, 0),
        [h, m, s] => {
            let whole = s.split_once('.').map_or(*s, |(whole, fraction)| {
                if fraction.bytes().all(|b| b.is_ascii_digit()) {
                    whole
                } else {
                    ""
                }
            });
            (number(h)?, number(m)?, number(whole)?)
        }
        _ => return None,
    };
    let hour = match meridiem {
        None => hour,
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(pm) => hour % 12 + if pm { 12 } else { 0 },
    };
    Some((hour, minute, second))
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from 0001-01-01 to the given date.
fn days_before(year: u32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - 1;
    let mut days = y * 365 + y / 4 - y / 100 + y / 400;
    days += (1..month)
        .map(|m| i64::from(days_in_month(year, m)))
        .sum::<i64>();
    days + i64::from(day) - 1
}

/// The date `days` after 0001-01-01.
fn civil_from_days(mut days: i64) -> (u32, u32, u32) {
    // 400 years are 146 097 days; walk the remaining years and months.
    let mut year = 1 + 400 * (days / 146_097) as u32;
    days %= 146_097;
    loop {
        let length = if is_leap(year) { 366 } else { 365 };
        if days < length {
            break;
        }
        days -= length;
        year += 1;
    }
    let mut month = 1;
    loop {
        let length = i64::from(days_in_month(year, month));
        if days < length {
            break;
        }
        days -= length;
        month += 1;
    }
    (year, month, days as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(input: &str) -> Option<String> {
        Timestamp::parse(input).map(|t| t.to_string())
    }

    #[test]
    fn the_forms_scripts_write_parse_to_one_canonical_text() {
        assert_eq!(text("2013-01-01").as_deref(), Some("2013-01-01T00:00:00"));
        assert_eq!(text("1/1/2013").as_deref(), Some("2013-01-01T00:00:00"));
        assert_eq!(
            text("1/1/2013 12:00 PM").as_deref(),
            Some("2013-01-01T12:00:00")
        );
        assert_eq!(
            text("1/1/2013 12:30:05 AM").as_deref(),
            Some("2013-01-01T00:30:05")
        );
        assert_eq!(
            text("3/1/2018 17:45").as_deref(),
            Some("2018-03-01T17:45:00")
        );
        assert_eq!(
            text("2013-03-01 10:00:00").as_deref(),
            Some("2013-03-01T10:00:00")
        );
        assert_eq!(
            text("2013-03-01T10:00:00.250Z").as_deref(),
            Some("2013-03-01T10:00:00")
        );
        assert_eq!(text("2012/2/29").as_deref(), Some("2012-02-29T00:00:00"));
    }

    #[test]
    fn impossible_dates_and_other_text_do_not_parse() {
        for bad in [
            "2013-02-29",
            "13/13/2013",
            "yesterday",
            "2013-01-01 25:00",
            "1/1/2013 13:00 PM",
            "2013-01",
            "01-01-2013",
            "",
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn order_follows_time_and_days_round_trip() {
        let a = Timestamp::parse("2012-12-31 23:59:59").unwrap();
        let b = Timestamp::parse("1/1/2013").unwrap();
        assert!(a < b);
        assert_eq!(b.minus_seconds(1), a);
        for date in [
            "0001-01-01",
            "1600-02-29",
            "1900-03-01",
            "2000-02-29",
            "9999-12-31",
        ] {
            assert_eq!(text(date), Some(format!("{date}T00:00:00")));
        }
    }
}
