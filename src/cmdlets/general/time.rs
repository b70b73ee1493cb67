//! Start-Sleep (waits for real, except in a dry run, never past `--timeout`) and Get-Date.
//!
//! Get-Date returns the current UTC time as a string, `yyyy-MM-dd HH:mm:ss` by default, or in
//! the .NET custom format given with `-Format` (`yyyy yy MM M dd d HH H hh h mm m ss s fff tt`,
//! `'literal'` text, `\x` escapes) or the standard formats `s`, `u` and `o`. coexist has no time
//! zone database and no DateTime value, so the time is UTC and the result is text.

use crate::cmdlets::command::{Bound, Command, CommandError, Host};
use crate::cmdlets::spec::{CmdletSpec, Example, ParamKind, ParamSpec, Signature};
use crate::eval::binder::CONVERSION;
use crate::eval::error::RuntimeError;
use crate::eval::value::Value;

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![start_sleep(), get_date()]
}

fn start_sleep() -> CmdletSpec {
    CmdletSpec {
        name: "Start-Sleep",
        aliases: &["sleep"],
        synopsis: "Waits for a number of seconds or milliseconds.",
        description: "Waits for real in a run, so a script that paces its changes keeps its \
            pace; a dry run does not wait, and no wait goes past --timeout (the run then stops \
            with coexist::eval::timeout).",
        signature: Signature {
            params: vec![
                ParamSpec::new("Seconds", ParamKind::Int, "How many seconds to wait.")
                    .aliases(&["s"])
                    .position(0)
                    .mandatory()
                    .sets(&["Seconds"]),
                ParamSpec::new(
                    "Milliseconds",
                    ParamKind::Int,
                    "How many milliseconds to wait.",
                )
                .aliases(&["ms"])
                .mandatory()
                .sets(&["Milliseconds"]),
            ],
            default_set: Some("Seconds".into()),
        },
        examples: vec![Example {
            description: "A short pause between two steps.",
            script: "Start-Sleep -Milliseconds 20; 'done'",
            output: Some("done\n"),
        }],
        mutating: false,
        factory: || Box::new(StartSleep),
    }
}

/// Start-Sleep.
struct StartSleep;

impl Command for StartSleep {
    fn process(
        &mut self,
        host: &mut dyn Host,
        args: &Bound,
        _out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let (param, millis_per_unit) = if args.has("Milliseconds") {
            ("Milliseconds", 1)
        } else {
            ("Seconds", 1000)
        };
        let amount = args
            .get(param)
            .map(crate::eval::convert::to_int)
            .and_then(Result::ok)
            .unwrap_or(0);
        let Some(millis) = u64::try_from(amount)
            .ok()
            .and_then(|n| n.checked_mul(millis_per_unit))
        else {
            return Err(RuntimeError::new(
                crate::eval::binder::INVALID_VALUE,
                format!("-{param} needs a number that is not negative, not {amount}"),
                args.span_of(param),
            )
            .with_help(format!("e.g. Start-Sleep -{param} 5"))
            .into());
        };
        host.sleep(std::time::Duration::from_millis(millis), args.command_span)
    }
}

fn get_date() -> CmdletSpec {
    CmdletSpec {
        name: "Get-Date",
        aliases: &[],
        synopsis: "Returns the current UTC date and time (or a given date) as text.",
        description: "Returns `yyyy-MM-dd HH:mm:ss` in UTC, or the .NET format given with \
            -Format (custom patterns such as `yyyyMMdd-HHmm`, or `s`, `u`, `o`). -Date reads \
            `yyyy-MM-dd`, `yyyy-MM-dd HH:mm[:ss]` (or with `T`) and `M/d/yyyy` instead of \
            the current time.",
        signature: Signature::new()
            .param(
                ParamSpec::new(
                    "Date",
                    ParamKind::String,
                    "The date to show instead of now, e.g. 2024-01-31.",
                )
                .position(0)
                .from_pipeline(),
            )
            .param(
                ParamSpec::new(
                    "Format",
                    ParamKind::String,
                    "A .NET date format such as yyyyMMdd.",
                )
                .aliases(&["f"]),
            ),
        examples: vec![
            Example {
                description: "A time stamp for a log file name.",
                script: "$stamp = Get-Date -Format 'yyyyMMdd-HHmm'; $stamp.Length",
                output: Some("13\n"),
            },
            Example {
                description: "A given date in another format.",
                script: "Get-Date '2024-01-31' -Format 'dd/MM/yyyy'",
                output: Some("31/01/2024\n"),
            },
        ],
        mutating: false,
        factory: || Box::new(GetDate),
    }
}

/// Get-Date.
struct GetDate;

impl Command for GetDate {
    fn process(
        &mut self,
        _host: &mut dyn Host,
        args: &Bound,
        out: &mut Vec<Value>,
    ) -> Result<(), CommandError> {
        let time = match args.string("Date") {
            Some(text) => DateTime::parse(&text).ok_or_else(|| {
                RuntimeError::new(
                    CONVERSION,
                    format!("\"{text}\" is not a date coexist can read"),
                    args.span_of("Date"),
                )
                .with_help("write the date as yyyy-MM-dd, yyyy-MM-dd HH:mm:ss or M/d/yyyy")
            })?,
            None => crate::cmdlets::general::clock::now(),
        };
        let format = args
            .string("Format")
            .unwrap_or_else(|| "yyyy-MM-dd HH:mm:ss".into());
        out.push(Value::str(time.format(&format)));
        Ok(())
    }
}

/// A broken-down UTC time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    /// Year.
    pub year: i64,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
    /// Hour 0–23.
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
    /// Second 0–59.
    pub second: u32,
    /// Millisecond 0–999.
    pub millis: u32,
}

impl DateTime {
    /// The UTC time `secs` seconds after 1970-01-01 (days to civil date: H. Hinnant's algorithm).
    pub fn from_unix(secs: i64, millis: u32) -> Self {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        DateTime {
            year,
            month,
            day,
            hour: (rem / 3_600) as u32,
            minute: (rem % 3_600 / 60) as u32,
            second: (rem % 60) as u32,
            millis,
        }
    }

    /// Reads `yyyy-MM-dd`, `yyyy-MM-dd HH:mm[:ss]` (space or `T`) and `M/d/yyyy [H:mm[:ss]]`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (date, time) = match text.split_once([' ', 'T']) {
            Some((d, t)) => (d, Some(t.trim())),
            None => (text, None),
        };
        let num = |s: &str| s.parse::<u32>().ok();
        let (year, month, day) = if let Some((y, rest)) = date.split_once('-') {
            let (m, d) = rest.split_once('-')?;
            (y.parse::<i64>().ok()?, num(m)?, num(d)?)
        } else {
            let mut parts = date.split('/');
            let m = num(parts.next()?)?;
            let d = num(parts.next()?)?;
            let y = parts.next()?.parse::<i64>().ok()?;
            if parts.next().is_some() {
                return None;
            }
            (y, m, d)
        };
        let (hour, minute, second) = match time {
            None | Some("") => (0, 0, 0),
            Some(t) => {
                let mut parts = t.trim_end_matches('Z').split(':');
                let h = num(parts.next()?)?;
                let m = num(parts.next()?)?;
                let s = match parts.next() {
                    Some(s) => num(s.split('.').next().unwrap_or(s))?,
                    None => 0,
                };
                (h, m, s)
            }
        };
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        let valid = (1..=9999).contains(&year)
            && (1..=days_in_month).contains(&day)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then_some(DateTime {
            year,
            month,
            day,
            hour,
            minute,
            second,
            millis: 0,
        })
    }

    /// Formats with a .NET date format string (see the module doc).
    pub fn format(&self, pattern: &str) -> String {
        match pattern {
            "s" => return self.format("yyyy-MM-ddTHH:mm:ss"),
            "u" => return self.format("yyyy-MM-dd HH:mm:ssZ"),
            "o" | "O" => return self.format("yyyy-MM-ddTHH:mm:ss.fff0000Z"),
            _ => {}
        }
        let chars: Vec<char> = pattern.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let hour12 = match self.hour % 12 {
                0 => 12,
                h => h,
            };
            match c {
                'y' if run >= 4 => out.push_str(&format!("{:04}", self.year)),
                'y' => out.push_str(&format!("{:02}", self.year.rem_euclid(100))),
                'M' => out.push_str(&two(self.month, run)),
                'd' => out.push_str(&two(self.day, run)),
                'H' => out.push_str(&two(self.hour, run)),
                'h' => out.push_str(&two(hour12, run)),
                'm' => out.push_str(&two(self.minute, run)),
                's' => out.push_str(&two(self.second, run)),
                'f' => {
                    let ms = format!("{:03}", self.millis);
                    let digits: String =
                        ms.chars().chain(std::iter::repeat('0')).take(run).collect();
                    out.push_str(&digits);
                }
                't' => out.push_str(if self.hour < 12 { "AM" } else { "PM" }),
                '\'' | '"' => {
                    let close = chars[i + 1..].iter().position(|&x| x == c);
                    let end = close.map_or(chars.len(), |p| i + 1 + p);
                    out.extend(&chars[i + 1..end]);
                    i = end + 1;
                    continue;
                }
                '\\' if i + 1 < chars.len() => {
                    out.push(chars[i + 1]);
                    i += 2;
                    continue;
                }
                other => {
                    out.extend(std::iter::repeat_n(other, run));
                }
            }
            i += run;
        }
        out
    }
}

/// A number with two digits for a run of 2 or more pattern letters, else as is.
fn two(n: u32, run: usize) -> String {
    if run >= 2 {
        format!("{n:02}")
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_unix_time() {
        let t = DateTime::from_unix(0, 0);
        assert_eq!((t.year, t.month, t.day), (1970, 1, 1));
        // 2024-02-29 13:05:09 UTC.
        let t = DateTime::from_unix(1_709_211_909, 42);
        assert_eq!((t.year, t.month, t.day), (2024, 2, 29));
        assert_eq!((t.hour, t.minute, t.second), (13, 5, 9));
        assert_eq!(t.format("yyyy-MM-dd HH:mm:ss"), "2024-02-29 13:05:09");
        assert_eq!(t.format("yyyyMMdd-HHmm"), "20240229-1305");
        assert_eq!(t.format("d/M/yy h:mm tt"), "29/2/24 1:05 PM");
        assert_eq!(t.format("'at' HH\\h fff"), "at 13h 042");
        assert_eq!(t.format("s"), "2024-02-29T13:05:09");
    }

    #[test]
    fn dates_parse_in_the_usual_forms() {
        let d = DateTime::parse("2024-01-31").map(|d| d.format("yyyy-MM-dd HH:mm:ss"));
        assert_eq!(d.as_deref(), Some("2024-01-31 00:00:00"));
        let d = DateTime::parse("2024-01-31T08:15:30Z").map(|d| d.format("s"));
        assert_eq!(d.as_deref(), Some("2024-01-31T08:15:30"));
        let d = DateTime::parse("2/29/2024 9:05").map(|d| d.format("yyyy-MM-dd HH:mm"));
        assert_eq!(d.as_deref(), Some("2024-02-29 09:05"));
        assert!(DateTime::parse("2023-02-29").is_none());
        assert!(DateTime::parse("yesterday").is_none());
        assert!(DateTime::parse("2024-13-01").is_none());
    }
}
