//! The general-purpose PowerShell cmdlets (Where-Object, ForEach-Object, Select-Object, …).
//!
//! | File | Cmdlets |
//! |---|---|
//! | `write.rs` | Write-Output, -Host, -Warning, -Error, -Verbose, -Debug, -Progress; Clear-Host |
//! | `where_object.rs` | Where-Object |
//! | `foreach_object.rs` | ForEach-Object |
//! | `select_object.rs` | Select-Object |
//! | `sort_object.rs` | Sort-Object |
//! | `measure_object.rs` | Measure-Object |
//! | `group_object.rs` | Group-Object |
//! | `output.rs` | Format-Table, Format-List, Out-String, Out-Null |
//! | `module.rs` | Import-Module, Add-PSSnapin (the preamble: a note, no effect), Get-Module, Set-StrictMode |
//! | `help.rs` | Get-Help, Get-Command |
//! | `object.rs` | New-Object, Add-Member |
//! | `time.rs` | Start-Sleep, Get-Date |
//! | `clock.rs` | the clock they read (`SOURCE_DATE_EPOCH` fixes it) |
//! | `content.rs` | Get-Content, Set-Content, Add-Content, Out-File, Tee-Object |
//! | `item.rs` | Test-Path, New-Item, Get-Item, Get-ChildItem, Copy-Item, Remove-Item, Resolve-Path |
//! | `path.rs` | Join-Path, Split-Path |
//! | `csv.rs` | Import-Csv, Export-Csv, ConvertFrom-Csv, ConvertTo-Csv |
//! | `json.rs` | ConvertTo-Json, ConvertFrom-Json |
//! | `html.rs` | ConvertTo-Html |
//! | `transcript.rs` | Start-Transcript, Stop-Transcript |
//! | `credential.rs` | ConvertTo-SecureString; the PSCredential New-Object builds |
//! | `prompt.rs` | Read-Host, Get-Credential, Out-GridView (the REPL asks; batch fails) |
//! | `invoke.rs` | Invoke-Expression |
//! | `remoting.rs` | New-/Import-/Enter-/Exit-/Remove-/Get-PSSession (the preamble: a note, no effect) |
//! | `unsupported.rs` | Start-Process, Invoke-WebRequest and the others that would reach outside |
//! | `collect.rs` | the shared "collect the input, act once at the end" command |
//! | `compare.rs` | PowerShell comparison and wildcard semantics they share |
//! | `property.rs` | property access, `-Property` selectors, calculated properties |

pub mod clock;
mod collect;
pub mod compare;
pub mod content;
pub mod credential;
pub mod csv;
pub mod foreach_object;
pub mod group_object;
pub mod help;
pub mod html;
pub mod invoke;
pub mod item;
pub mod json;
pub mod measure_object;
pub mod module;
pub mod object;
pub mod output;
pub mod path;
pub mod prompt;
pub mod property;
pub mod remoting;
pub mod select_object;
pub mod sort_object;
pub mod time;
pub mod transcript;
pub mod unsupported;
pub mod where_object;
pub mod write;

#[cfg(test)]
mod tests;

use crate::cmdlets::spec::CmdletSpec;

/// Every code the general cmdlets report (besides the binder's, `crate::eval::binder::CODES`).
pub const CODES: &[&str] = &[
    write::WRITE_ERROR,
    module::UNKNOWN_MODULE,
    where_object::INVALID_REGEX,
    select_object::PROPERTY_NOT_FOUND,
    measure_object::NOT_NUMERIC,
    help::HELP_NOT_FOUND,
    object::UNSUPPORTED,
    object::MEMBER_EXISTS,
    csv::INVALID_CSV,
    json::INVALID_JSON,
    prompt::INTERACTIVE_ONLY,
];

/// The specs of every general cmdlet, in a stable order.
pub fn specs() -> Vec<CmdletSpec> {
    let mut specs = write::specs();
    specs.push(where_object::spec());
    specs.push(foreach_object::spec());
    specs.push(select_object::spec());
    specs.push(sort_object::spec());
    specs.push(measure_object::spec());
    specs.push(group_object::spec());
    specs.extend(output::specs());
    specs.extend(module::specs());
    specs.extend(object::specs());
    specs.extend(time::specs());
    specs.extend(content::specs());
    specs.extend(item::specs());
    specs.extend(path::specs());
    specs.extend(csv::specs());
    specs.extend(json::specs());
    specs.extend(html::specs());
    specs.extend(transcript::specs());
    specs.extend(prompt::specs());
    specs.extend(invoke::specs());
    specs.extend(remoting::specs());
    specs.extend(credential::specs());
    specs.extend(unsupported::specs());
    specs.extend(help::specs());
    specs
}
