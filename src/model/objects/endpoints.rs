//! [`Endpoints`]: the SIP addresses of a chat pool's Persistent Chat endpoints.
//!
//! A chat pool may have several endpoints (each an additional contact object legacy clients
//! can look up). Its `Endpoint` property, like the state file, shows none as `$null`, one as
//! its SIP address and several as a list of them, so pools with at most one endpoint read
//! as they always did.

use crate::model::view::{Prop, ToProp};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The endpoints' SIP addresses, in the order they were created.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Endpoints(Vec<String>);

impl Endpoints {
    /// Whether the pool has no endpoint.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The SIP addresses.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Adds an endpoint's address.
    pub fn push(&mut self, sip: String) {
        self.0.push(sip);
    }

    /// Takes an endpoint's address out (case-insensitive).
    pub fn remove(&mut self, sip: &str) {
        self.0.retain(|s| !s.eq_ignore_ascii_case(sip));
    }
}

impl ToProp for Endpoints {
    fn to_prop(&self) -> Prop {
        match self.0.as_slice() {
            [] => Prop::Null,
            [one] => Prop::Str(one.clone()),
            many => Prop::List(many.to_vec()),
        }
    }
}

impl Serialize for Endpoints {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [] => serializer.serialize_none(),
            [one] => serializer.serialize_str(one),
            many => serializer.collect_seq(many),
        }
    }
}

impl<'de> Deserialize<'de> for Endpoints {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Saved {
            One(String),
            Many(Vec<String>),
        }
        Ok(Endpoints(
            match Option::<Saved>::deserialize(deserializer)? {
                None => Vec::new(),
                Some(Saved::One(sip)) => vec![sip],
                Some(Saved::Many(list)) => list,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_one_and_several_endpoints_save_and_show_as_null_text_and_list() {
        let mut endpoints = Endpoints::default();
        assert_eq!(serde_json::to_string(&endpoints).unwrap(), "null");
        assert_eq!(endpoints.to_prop(), Prop::Null);
        endpoints.push("sip:a@contoso.com".into());
        assert_eq!(
            serde_json::to_string(&endpoints).unwrap(),
            "\"sip:a@contoso.com\""
        );
        endpoints.push("sip:b@contoso.com".into());
        let text = serde_json::to_string(&endpoints).unwrap();
        assert_eq!(text, "[\"sip:a@contoso.com\",\"sip:b@contoso.com\"]");
        for saved in ["null", "\"sip:a@contoso.com\"", text.as_str()] {
            let back: Endpoints = serde_json::from_str(saved).unwrap();
            assert_eq!(serde_json::to_string(&back).unwrap(), saved);
        }
        endpoints.remove("SIP:A@contoso.com");
        assert_eq!(endpoints.to_prop(), Prop::Str("sip:b@contoso.com".into()));
    }
}
