//! Allowed (federated) domains: `New-/Set-/Remove-CsAllowedDomain`.
//!
//! A SIP address in an allowed domain is a federated principal that legacy Group Chat pools
//! accept (`lookup.rs`). The domain is the identity; ProxyFqdn and VerificationLevel are
//! modelled, Comment and MarkForMonitoring recorded.
//!
//! Rules: `invalid_proxy_fqdn`, `duplicate_domain`, `unknown_settings`.

use super::lookup::suggest;
use super::objects::VerificationLevel;
use super::view::{store_recorded, Recorded};
use super::{FederatedDomain, Model, ModelError, Origin, Outcome};

/// `New-` or `Set-CsAllowedDomain`: `None` leaves a property unchanged (New-: its default).
#[derive(Debug, Clone, Default)]
pub struct AllowedDomainRequest {
    /// The domain (`-Identity` or `-Domain`).
    pub domain: String,
    /// `-ProxyFqdn` (`Some(None)` clears it: the domain's DNS SRV records are used).
    pub proxy_fqdn: Option<Option<String>>,
    /// `-VerificationLevel`.
    pub verification_level: Option<VerificationLevel>,
    /// Recorded properties (Comment, MarkForMonitoring).
    pub recorded: Recorded,
}

/// `invalid_proxy_fqdn`: a DNS name of two or more labels of letters, digits and hyphens, with
/// no scheme, port or path; returns it trimmed.
pub fn check_dns_name(text: &str, param: &'static str) -> Result<String, ModelError> {
    let name = text.trim();
    let invalid = |why| ModelError::InvalidProxyFqdn {
        value: name.to_string(),
        why,
        param,
    };
    if name.contains("://") {
        return Err(invalid("a DNS name has no scheme"));
    }
    if name.contains(['/', '\\']) {
        return Err(invalid("a DNS name has no path"));
    }
    if name.contains(':') {
        return Err(invalid("a DNS name has no port"));
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err(invalid("a DNS name has two or more labels"));
    }
    let label_ok = |l: &&str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if !labels.iter().all(label_ok) {
        return Err(invalid(
            "each label has 1 to 63 letters, digits or inner hyphens",
        ));
    }
    Ok(name.to_string())
}

/// A `ProxyFqdn` value checked (`Some(None)`: cleared).
fn check_proxy(proxy: Option<Option<String>>) -> Result<Option<Option<String>>, ModelError> {
    Ok(match proxy {
        Some(Some(p)) if !p.trim().is_empty() => Some(Some(check_dns_name(&p, "ProxyFqdn")?)),
        Some(_) => Some(None),
        None => None,
    })
}

impl Model {
    /// `New-CsAllowedDomain`: `duplicate_domain` when the domain is listed already.
    pub fn new_allowed_domain(
        &mut self,
        req: AllowedDomainRequest,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let domain = check_dns_name(&req.domain, "Identity")?;
        if let Some(existing) = self.data.federated_domains.get(&domain) {
            return Err(ModelError::DuplicateDomain {
                domain: existing.identity.clone(),
                existing: existing.created,
            });
        }
        let proxy_fqdn = check_proxy(req.proxy_fqdn)?.flatten();
        let mut object = FederatedDomain {
            identity: domain.clone(),
            proxy_fqdn,
            verification_level: req
                .verification_level
                .unwrap_or(VerificationLevel::UseSourceVerification),
            mark_for_monitoring: false,
            comment: None,
            created: origin,
            changed: origin,
        };
        store_recorded(&mut object, &req.recorded);
        self.data.federated_domains.insert(object);
        Ok(Outcome::of(domain))
    }

    /// `Set-CsAllowedDomain`.
    pub fn set_allowed_domain(
        &mut self,
        req: AllowedDomainRequest,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let domain = self.find_allowed_domain(&req.domain)?;
        let proxy = check_proxy(req.proxy_fqdn)?;
        let object = self
            .data
            .federated_domains
            .get_mut(&domain)
            .expect("found above");
        if let Some(proxy) = proxy {
            object.proxy_fqdn = proxy;
        }
        if let Some(level) = req.verification_level {
            object.verification_level = level;
        }
        store_recorded(object, &req.recorded);
        object.changed = origin;
        Ok(Outcome::of(domain))
    }

    /// `Remove-CsAllowedDomain`. Federated principals already in legacy member lists stay.
    pub fn remove_allowed_domain(
        &mut self,
        identity: &str,
        _origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let domain = self.find_allowed_domain(identity)?;
        self.data.federated_domains.remove(&domain);
        Ok(Outcome::of(domain))
    }

    /// The listed domain `identity` names, or `unknown_settings`.
    pub fn find_allowed_domain(&self, identity: &str) -> Result<String, ModelError> {
        let identity = identity.trim();
        self.data
            .federated_domains
            .get(identity)
            .map(|d| d.identity.clone())
            .ok_or_else(|| ModelError::UnknownSettings {
                noun: "allowed domain",
                cmdlet_noun: "CsAllowedDomain",
                identity: identity.to_string(),
                suggestion: suggest(
                    identity,
                    self.data
                        .federated_domains
                        .iter()
                        .map(|d| d.identity.as_str()),
                ),
                param: "Identity",
            })
    }
}
