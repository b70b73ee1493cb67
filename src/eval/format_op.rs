//! The `-f` format operator: .NET composite formatting with `{index[,alignment][:format]}`
//! items and the common numeric formats `N`, `F`, `D`, `X`, `P`, `C`, `E` and `0.00`-style
//! custom patterns.

use crate::eval::convert::to_number;
use crate::eval::operators::OpError;
use crate::eval::unwind::codes;
use crate::eval::value::Value;

/// Largest precision of a standard numeric format (`N99`), as .NET allows.
const MAX_PRECISION: usize = 99;

/// Alignments must be smaller than this, as in .NET.
const MAX_ALIGNMENT: u64 = 1_000_000;

fn bad_format(text: &str) -> OpError {
    OpError::new(
        codes::INVALID_OPERATION,
        format!("Error formatting a string: Input string was not in a correct format: '{text}'."),
    )
}

/// Inserts thousands separators into the integer digits of `digits` (no sign).
fn group_thousands(digits: &str) -> String {
    let (int_part, frac) = match digits.find('.') {
        Some(i) => digits.split_at(i),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out.push_str(frac);
    out
}

fn fixed(value: f64, decimals: usize) -> String {
    // Round half away from zero, as .NET's fixed-point formats do.
    let factor = 10f64.powi(decimals as i32);
    let rounded = if factor.is_finite() && (value * factor).abs() < 1e17 {
        (value * factor).round() / factor
    } else {
        value
    };
    format!("{rounded:.decimals$}")
}

fn with_sign(value: f64, body: String) -> String {
    if value < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-{body}")
    } else {
        body
    }
}

/// Formats one value with a .NET format string such as `N2` or `0.00`.
pub fn format_value(value: &Value, spec: &str) -> Result<String, OpError> {
    if spec.is_empty() {
        return Ok(value.to_display_string());
    }
    let num = match value {
        Value::Int(_) | Value::Double(_) => Some(value.clone()),
        Value::String(_) => to_number(value).ok(),
        _ => None,
    };
    let Some(num) = num else {
        return Ok(value.to_display_string());
    };
    let f = match num {
        Value::Int(i) => i as f64,
        Value::Double(d) => d,
        _ => 0.0,
    };
    let mut chars = spec.chars();
    let kind = chars.next().unwrap_or('G');
    let rest: String = chars.collect();
    let precision = if rest.is_empty() {
        None
    } else {
        rest.parse::<usize>().ok()
    };
    if precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(bad_format(spec));
    }
    let standard = rest.is_empty() || precision.is_some();
    if standard {
        match kind.to_ascii_uppercase() {
            'N' => {
                let body = fixed(f.abs(), precision.unwrap_or(2));
                return Ok(with_sign(f, group_thousands(&body)));
            }
            'F' => {
                let body = fixed(f.abs(), precision.unwrap_or(2));
                return Ok(with_sign(f, body));
            }
            'C' => {
                let body = group_thousands(&fixed(f.abs(), precision.unwrap_or(2)));
                return Ok(if f < 0.0 {
                    format!("(${body})")
                } else {
                    format!("${body}")
                });
            }
            'P' => {
                let body = group_thousands(&fixed((f * 100.0).abs(), precision.unwrap_or(2)));
                return Ok(with_sign(f, format!("{body} %")));
            }
            'E' => {
                let p = precision.unwrap_or(6);
                let text = format!("{:.p$e}", f.abs());
                let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
                let exp: i32 = exp.parse().unwrap_or(0);
                let e = if kind == 'e' { 'e' } else { 'E' };
                let sign = if exp < 0 { '-' } else { '+' };
                return Ok(with_sign(f, format!("{mantissa}{e}{sign}{:03}", exp.abs())));
            }
            'D' => {
                let Value::Int(i) = num else {
                    return Err(bad_format(spec));
                };
                let width = precision.unwrap_or(0);
                let body = format!("{:0width$}", i.unsigned_abs());
                return Ok(if i < 0 { format!("-{body}") } else { body });
            }
            'X' => {
                let Value::Int(i) = num else {
                    return Err(bad_format(spec));
                };
                let width = precision.unwrap_or(0);
                return Ok(if kind == 'x' {
                    format!("{i:0width$x}")
                } else {
                    format!("{i:0width$X}")
                });
            }
            'G' => return Ok(value.to_display_string()),
            _ => {}
        }
    }
    custom_number(f, spec)
}

/// Custom numeric patterns made of `0`, `#`, `,` and one `.`, e.g. `0.00`, `#,##0`, `000`.
fn custom_number(f: f64, spec: &str) -> Result<String, OpError> {
    if !spec.chars().all(|c| matches!(c, '0' | '#' | ',' | '.')) {
        return Err(bad_format(spec));
    }
    let (int_pat, frac_pat) = match spec.split_once('.') {
        Some((i, fr)) => (i, fr),
        None => (spec, ""),
    };
    let min_frac = frac_pat.chars().filter(|c| *c == '0').count();
    let max_frac = frac_pat.chars().filter(|c| matches!(c, '0' | '#')).count();
    let min_int = int_pat.chars().filter(|c| *c == '0').count();
    let grouped = int_pat.contains(',');
    let text = fixed(f.abs(), max_frac);
    let (int_digits, frac_digits) = match text.split_once('.') {
        Some((i, fr)) => (i.to_string(), fr.to_string()),
        None => (text.clone(), String::new()),
    };
    let mut frac_digits = frac_digits;
    while frac_digits.len() > min_frac && frac_digits.ends_with('0') {
        frac_digits.pop();
    }
    let mut int_digits = int_digits.trim_start_matches('0').to_string();
    while int_digits.len() < min_int {
        int_digits.insert(0, '0');
    }
    if grouped {
        int_digits = group_thousands(&int_digits);
    }
    let body = if frac_digits.is_empty() {
        int_digits
    } else {
        format!("{int_digits}.{frac_digits}")
    };
    Ok(with_sign(f, body))
}

/// `format -f args`.
pub fn format(format: &str, args: &[Value]) -> Result<String, OpError> {
    let chars: Vec<char> = format.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '{' => {
                let close = chars[i..]
                    .iter()
                    .position(|&c| c == '}')
                    .ok_or_else(|| bad_format(format))?;
                let item: String = chars[i + 1..i + close].iter().collect();
                i += close + 1;
                let (head, spec) = match item.split_once(':') {
                    Some((h, s)) => (h, s),
                    None => (item.as_str(), ""),
                };
                let (index, align) = match head.split_once(',') {
                    Some((ix, al)) => (ix, Some(al)),
                    None => (head, None),
                };
                let index: usize = index.trim().parse().map_err(|_| bad_format(format))?;
                let value = args.get(index).ok_or_else(|| {
                    OpError::new(
                        codes::INVALID_OPERATION,
                        format!(
                            "Error formatting a string: Index (zero based) must be less than the size of the argument list: '{format}'."
                        ),
                    )
                })?;
                let text = format_value(value, spec)?;
                match align {
                    Some(al) => {
                        let width: i64 = al.trim().parse().map_err(|_| bad_format(format))?;
                        if width.unsigned_abs() >= MAX_ALIGNMENT {
                            return Err(bad_format(format));
                        }
                        let w = width.unsigned_abs() as usize;
                        if width < 0 {
                            out.push_str(&format!("{text:<w$}"));
                        } else {
                            out.push_str(&format!("{text:>w$}"));
                        }
                    }
                    None => out.push_str(&text),
                }
            }
            '}' => return Err(bad_format(format)),
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composite_items_align_and_format() {
        let args = [Value::str("ab"), Value::Double(1234.567), Value::Int(7)];
        assert_eq!(format("{0}|{0,4}|{0,-4}|", &args).unwrap(), "ab|  ab|ab  |");
        assert_eq!(format("{1:N2}", &args).unwrap(), "1,234.57");
        assert_eq!(
            format("{2:D3} {2:X2} {1:F1}", &args).unwrap(),
            "007 07 1234.6"
        );
        assert_eq!(format("{{{0}}}", &args).unwrap(), "{ab}");
        assert_eq!(format("{1:0.0}", &args).unwrap(), "1234.6");
        assert_eq!(format("{1:#,##0}", &args).unwrap(), "1,235");
    }

    #[test]
    fn bad_items_are_errors() {
        assert!(format("{5}", &[]).is_err());
        assert!(format("{0", &[Value::Int(1)]).is_err());
    }
}
