//! Allowed (federated) domains: `New-/Get-/Set-/Remove-CsAllowedDomain`. Legacy Group Chat pools
//! accept SIP addresses of an allowed domain as members without a user object; Persistent Chat
//! does not support federation.

use crate::cmdlets::command::{Bound, CommandError};
use crate::cmdlets::domain::instance;
use crate::cmdlets::domain::params::{example, force, param};
use crate::cmdlets::domain::run::{
    apply, apply_to_identity, choice, missing, recorded, text, Change, Ctx, Run,
};
use crate::cmdlets::domain::xds;
use crate::cmdlets::spec::{CmdletSpec, ParamKind, ParamSpec, Signature};
use crate::eval::value::Value;
use crate::model::allowed_domains::AllowedDomainRequest;
use crate::model::objects::{Kind, VerificationLevel};

/// The specs of this family.
pub fn specs() -> Vec<CmdletSpec> {
    vec![new_domain(), get_domain(), set_domain(), remove_domain()]
}

/// The values of `-VerificationLevel`.
const LEVELS: &[&str] = &[
    "AlwaysVerifiable",
    "AlwaysUnverifiable",
    "UseSourceVerification",
];

/// Model parameter → cmdlet parameter: New-CsAllowedDomain may name the domain by `-Domain`.
const RENAMES: &[(&str, &str)] = &[("Identity", "Domain")];

/// The properties New- and Set- both take.
fn domain_params() -> Vec<ParamSpec> {
    vec![
        param(
            "ProxyFqdn",
            ParamKind::String,
            "The domain's Access Edge server; $null: found through DNS SRV records.",
        ),
        param(
            "VerificationLevel",
            ParamKind::Enum,
            "How messages from the domain are verified (default UseSourceVerification).",
        )
        .values(LEVELS),
        param(
            "Comment",
            ParamKind::String,
            "Free text, e.g. whom to contact.",
        )
        .recorded(),
        param(
            "MarkForMonitoring",
            ParamKind::Bool,
            "Marks the domain for monitoring (deprecated in the product).",
        )
        .recorded(),
        force("Suppresses confirmation prompts; no rule of this cmdlet needs it."),
    ]
}

/// The request the call describes for `domain`.
fn request(b: &Bound, domain: String) -> Result<AllowedDomainRequest, CommandError> {
    Ok(AllowedDomainRequest {
        domain,
        proxy_fqdn: text(b, "ProxyFqdn").map(Some),
        verification_level: choice(
            b,
            "VerificationLevel",
            VerificationLevel::parse,
            VerificationLevel::ALL,
        )?,
        recorded: recorded(b, Kind::FederatedDomain)?,
    })
}

fn new_domain() -> CmdletSpec {
    let mut params = vec![
        param("Identity", ParamKind::String, "The domain, e.g. fabrikam.com.")
            .position(0)
            .mandatory()
            .sets(&["Identity"]),
        param("Domain", ParamKind::String, "The domain, as an alternative to -Identity.")
            .mandatory()
            .sets(&["ParentAndRelativeKey"]),
        param("InMemory", ParamKind::Switch, "Returns the domain without adding it; add it later with Set-CsAllowedDomain -Instance."),
    ];
    params.extend(domain_params());
    CmdletSpec {
        name: "New-FederatedDomain",
        aliases: &["New-CsAllowedDomain"],
        synopsis:
            "Allows a federated domain, whose SIP addresses may join legacy rooms and categories.",
        description: "Legacy Group Chat pools accept SIP addresses of an allowed domain as \
            members without a user object; Persistent Chat does not support federation. The \
            domain and -ProxyFqdn are DNS names (invalid_proxy_fqdn); a domain is allowed once \
            (duplicate_domain).",
        signature: xds::signature(params),
        examples: vec![
            example(
                "Allow fabrikam.com through its Access Edge server.",
                "New-CsAllowedDomain -Identity fabrikam.com -ProxyFqdn sip.fabrikam.com -Comment 'Partner'\n\
                 (Get-CsAllowedDomain fabrikam.com).ProxyFqdn",
                Some("sip.fabrikam.com\n"),
            ),
            example(
                "Prepare a domain in memory, then add it.",
                "$domain = New-CsAllowedDomain -Identity fabrikam.com -InMemory\n\
                 $domain.MarkForMonitoring = $true\n\
                 Set-CsAllowedDomain -Instance $domain\n\
                 (Get-CsAllowedDomain fabrikam.com).MarkForMonitoring",
                Some("True\n"),
            ),
        ],
        mutating: true,
        factory: || Box::new(Run::new(run_new_domain)),
    }
}

fn run_new_domain(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let domain = b
        .string("Identity")
        .or_else(|| b.string("Domain"))
        .ok_or_else(|| missing(b, "Identity", "<domain>"))?;
    let req = request(b, domain)?;
    let change = Change::new(Kind::FederatedDomain, req.domain.clone()).renames(RENAMES);
    instance::create(host, b, out, change, |m, o| m.new_allowed_domain(req, o))
}

fn get_domain() -> CmdletSpec {
    CmdletSpec {
        name: "Get-FederatedDomain",
        aliases: &["Get-CsAllowedDomain"],
        synopsis: "Returns the allowed federated domains.",
        description: "Without -Identity every allowed domain; -Filter keeps those matching a \
            wildcard (*fabrikam*).",
        signature: xds::signature(vec![
            xds::identity("The domain."),
            xds::filter("*fabrikam*"),
            xds::local_store(),
        ]),
        examples: vec![example(
            "List the domains that are found through DNS.",
            "New-CsAllowedDomain fabrikam.com; New-CsAllowedDomain litwareinc.com -ProxyFqdn sip.litwareinc.com\n\
             Get-CsAllowedDomain | Where-Object { $_.ProxyFqdn -eq $null } | ForEach-Object { $_.Identity }",
            Some("fabrikam.com\n"),
        )],
        mutating: false,
        factory: || Box::new(Run::new(run_get_domain)),
    }
}

fn run_get_domain(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    xds::get_objects(host, b, out, Kind::FederatedDomain, |m, id| {
        m.find_allowed_domain(id)
    })
}

fn set_domain() -> CmdletSpec {
    let mut params = vec![
        xds::identity("The domain to change."),
        xds::instance("The allowed domain"),
    ];
    params.extend(domain_params());
    CmdletSpec {
        name: "Set-CsAllowedDomain",
        aliases: &[],
        synopsis: "Changes an allowed domain's proxy, verification level, comment or monitoring.",
        description: "An -Instance object (from Get-CsAllowedDomain, or New-CsAllowedDomain \
            -InMemory) is stored as it is, plus the values the call gives; one that is not \
            allowed yet is added under New-CsAllowedDomain's rules.",
        signature: xds::signature(params),
        examples: vec![example(
            "Note whom to contact for every domain without a comment.",
            "New-CsAllowedDomain fabrikam.com\n\
             Get-CsAllowedDomain | Where-Object { $_.Comment -eq $null } | Set-CsAllowedDomain -Comment 'Ask Ken Myer'\n\
             (Get-CsAllowedDomain fabrikam.com).Comment",
            Some("Ask Ken Myer\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_set_domain)),
    }
}

fn run_set_domain(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    instance::set_or_create(
        host,
        b,
        out,
        Kind::FederatedDomain,
        set_existing,
        run_new_domain,
    )
}

fn set_existing(host: &mut Ctx<'_>, b: &Bound, out: &mut Vec<Value>) -> Result<(), CommandError> {
    let domain = xds::given_identity(b).ok_or_else(|| missing(b, "Identity", "<domain>"))?;
    let req = request(b, domain)?;
    let change = Change::new(Kind::FederatedDomain, req.domain.clone());
    apply(host, b, out, change, |m, o| m.set_allowed_domain(req, o))
}

fn remove_domain() -> CmdletSpec {
    CmdletSpec {
        name: "Remove-FederatedDomain",
        aliases: &["Remove-CsAllowedDomain"],
        synopsis: "Stops allowing a federated domain.",
        description: "Federated principals already in legacy member lists stay there. A \
            domain that is not allowed is unknown_settings.",
        signature: Signature::new()
            .param(
                param("Identity", ParamKind::String, "The domain.")
                    .position(0)
                    .mandatory()
                    .from_pipeline_by_property_name(),
            )
            .param(force(
                "Suppresses confirmation prompts; no rule of this cmdlet needs it.",
            )),
        examples: vec![example(
            "Stop allowing every fabrikam domain.",
            "New-CsAllowedDomain fabrikam.com; New-CsAllowedDomain eu.fabrikam.com\n\
             Get-CsAllowedDomain -Filter *fabrikam* | Remove-CsAllowedDomain\n\
             @(Get-CsAllowedDomain).Count",
            Some("0\n"),
        )],
        mutating: true,
        factory: || Box::new(Run::new(run_remove_domain)),
    }
}

fn run_remove_domain(
    host: &mut Ctx<'_>,
    b: &Bound,
    out: &mut Vec<Value>,
) -> Result<(), CommandError> {
    apply_to_identity(host, b, out, Kind::FederatedDomain, |m, id, o| {
        m.remove_allowed_domain(id, o)
    })
}
