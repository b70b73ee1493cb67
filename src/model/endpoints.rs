//! Persistent Chat endpoints: the contact objects (SIP addresses) legacy Group Chat clients
//! look up. A chat pool may have several; each SIP address names one endpoint and no user.
//!
//! Rules: `unknown_chat_pool`, `invalid_sip_address`, `duplicate_endpoint`, `unknown_endpoint`.

use super::view::{store_recorded, Recorded};
use super::{ChatEndpoint, Model, ModelError, Origin, Outcome};

/// `New-ChatEndpoint`.
#[derive(Debug, Clone, Default)]
pub struct NewChatEndpoint {
    /// The endpoint's SIP address (the legacy lookup address).
    pub sip_address: String,
    /// The chat pool it serves.
    pub chat_pool: String,
    /// Recorded properties (DisplayName).
    pub recorded: Recorded,
}

impl Model {
    /// `New-ChatEndpoint`: the SIP address must be new (no endpoint, no user has it).
    pub fn new_chat_endpoint(
        &mut self,
        req: NewChatEndpoint,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let chat_fqdn = self
            .find_chat_pool(&req.chat_pool, "ChatPool")?
            .fqdn
            .clone();
        let sip = super::users::check_sip(&req.sip_address, "SipAddress")?;
        let taken = match self.data.chat_endpoints.get(&sip) {
            Some(endpoint) => Some((endpoint.sip_address.clone(), endpoint.created)),
            None => self
                .data
                .users
                .get(&sip)
                .map(|user| (user.sip_address.clone(), user.created)),
        };
        if let Some((existing_sip, existing)) = taken {
            return Err(ModelError::DuplicateEndpoint {
                sip,
                existing_sip,
                existing,
                param: "SipAddress",
            });
        }
        let mut endpoint = ChatEndpoint {
            sip_address: sip.clone(),
            chat_pool: chat_fqdn.clone(),
            display_name: None,
            created: origin,
            changed: origin,
        };
        store_recorded(&mut endpoint, &req.recorded);
        self.data.chat_endpoints.insert(endpoint);
        let chat = self
            .data
            .chat_pools
            .get_mut(&chat_fqdn)
            .expect("found above");
        chat.endpoint.push(sip.clone());
        chat.changed = origin;
        Ok(Outcome::of(sip))
    }

    /// `Remove-ChatEndpoint`: by the endpoint's SIP address (with or without `sip:`), or by
    /// its chat pool's FQDN, which removes every endpoint of that pool (`unknown_endpoint`
    /// when there is none).
    pub fn remove_chat_endpoint(
        &mut self,
        identity: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let by_address = self
            .data
            .chat_endpoints
            .get(identity)
            .or_else(|| {
                self.data
                    .chat_endpoints
                    .get(&super::lookup::with_sip_prefix(identity))
            })
            .map(|e| vec![(e.sip_address.clone(), e.chat_pool.clone())]);
        let doomed = by_address.unwrap_or_else(|| {
            self.data
                .chat_endpoints
                .iter()
                .filter(|e| e.chat_pool.eq_ignore_ascii_case(identity))
                .map(|e| (e.sip_address.clone(), e.chat_pool.clone()))
                .collect()
        });
        if doomed.is_empty() {
            return Err(ModelError::UnknownEndpoint {
                endpoint: identity.to_string(),
                suggestion: super::lookup::suggest(
                    identity,
                    self.data
                        .chat_endpoints
                        .iter()
                        .map(|e| e.sip_address.as_str()),
                ),
                param: "Identity",
            });
        }
        for (sip, chat_pool) in &doomed {
            self.data.chat_endpoints.remove(sip);
            if let Some(chat) = self.data.chat_pools.get_mut(chat_pool) {
                chat.endpoint.remove(sip);
                chat.changed = origin;
            }
        }
        Ok(Outcome {
            warnings: Vec::new(),
            identities: doomed.into_iter().map(|(sip, _)| sip).collect(),
        })
    }
}
