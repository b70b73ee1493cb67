//! The clock Get-Date, transcripts and reports read: `SOURCE_DATE_EPOCH` (seconds since 1970,
//! as reproducible builds use it) when set, so a rehearsal can be replayed byte for byte;
//! otherwise the system clock.

use crate::cmdlets::general::time::DateTime;
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that fixes the clock.
pub const EPOCH_ENV: &str = "SOURCE_DATE_EPOCH";

/// Seconds and milliseconds since 1970-01-01 UTC.
pub fn unix_now() -> (i64, u32) {
    if let Some(secs) = std::env::var(EPOCH_ENV)
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return (secs, 0);
    }
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| {
            (
                i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                d.subsec_millis(),
            )
        })
        .unwrap_or((0, 0))
}

/// The current UTC time.
pub fn now() -> DateTime {
    let (secs, millis) = unix_now();
    DateTime::from_unix(secs, millis)
}
