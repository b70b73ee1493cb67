//! Configuration settings at Global, site or service scope: New/Set/Remove and the settings in
//! effect for a chat pool (`*-CsPersistentChatConfiguration`,
//! `*-CsPersistentChatComplianceConfiguration`).
//!
//! Both kinds behave alike, so one set of operations serves both through [`Settings`]. The
//! Global settings always exist: New- of them is `duplicate_settings` and Remove- resets them.
//! Settings in effect for a chat pool: its service settings, else its site's, else Global (†).
//!
//! Rules: `invalid_scope`, `unknown_site`, `unknown_service`, `duplicate_settings`,
//! `unknown_settings`, `chat_history_out_of_range`, `run_interval_out_of_range`.

use super::idmap::IdMap;
use super::lookup::suggest;
use super::objects::{
    ChatPoolKind, PersistentChatComplianceConfiguration, PersistentChatConfiguration,
};
use super::scope::Scope;
use super::timespan::TimeSpan;
use super::view::{store_recorded, ObjectView, Recorded};
use super::{Model, ModelError, Origin, Outcome};

/// The shortest RunInterval: one minute.
pub const MIN_RUN_INTERVAL: TimeSpan = TimeSpan::from_minutes(1);

/// The longest RunInterval: 30 days.
pub const MAX_RUN_INTERVAL: TimeSpan = TimeSpan::from_days(30);

/// The identity forms configuration settings take, as `invalid_scope` lists them.
const SETTINGS_FORMS: &str = "Global, Site:<site> or Service:PersistentChatServer:<pool FQDN>";

mod sealed {
    use crate::model::{IdMap, Model};

    /// Write access to a kind of settings, for the model's operations only (sealed: only the
    /// model implements [`super::Settings`]).
    pub trait Store: Sized {
        /// Every collection of this kind, to change.
        fn all_mut(model: &mut Model) -> &mut IdMap<Self>;
    }
}

/// The [`Settings`] methods every kind implements alike: its origins and the saved model's
/// `field` that holds it.
macro_rules! stored_in {
    ($field:ident) => {
        fn created(&self) -> Origin {
            self.created
        }

        fn touch(&mut self, origin: Origin) {
            self.changed = origin;
        }

        fn all(model: &Model) -> &IdMap<Self> {
            &model.data.$field
        }
    };
}

/// Write access to the saved model's `field` for a kind of settings.
macro_rules! store {
    ($ty:ty => $field:ident) => {
        impl sealed::Store for $ty {
            fn all_mut(model: &mut Model) -> &mut IdMap<Self> {
                &mut model.data.$field
            }
        }
    };
}

/// A kind of configuration settings, named by scope.
pub trait Settings: ObjectView + Clone + sealed::Store {
    /// The values a cmdlet gives that rules check (the others are recorded).
    type Modelled: Default + Clone + std::fmt::Debug;
    /// How messages name the kind (`Persistent Chat configuration`).
    const NOUN: &'static str;
    /// The noun of its cmdlets (`CsPersistentChatConfiguration`).
    const CMDLET_NOUN: &'static str;

    /// Settings with the product's defaults.
    fn defaults(identity: String, origin: Origin) -> Self;
    /// Checks and applies the modelled values.
    fn apply(&mut self, modelled: &Self::Modelled) -> Result<(), ModelError>;
    /// Where they were created.
    fn created(&self) -> Origin;
    /// Records the statement that changed them last.
    fn touch(&mut self, origin: Origin);
    /// Every collection of this kind.
    fn all(model: &Model) -> &IdMap<Self>;
}

/// New-, Set- or Remove- of settings: the identity, the modelled values and the recorded ones.
#[derive(Debug, Clone, Default)]
pub struct SettingsRequest<M> {
    /// `Global`, `Site:<site>` or `Service:PersistentChatServer:<pool>` (the state form
    /// `PersistentChatServer:<pool>` is read too).
    pub identity: String,
    /// Values rules check; `None` fields leave a value unchanged.
    pub modelled: M,
    /// Recorded property values.
    pub recorded: Recorded,
}

/// What `*-CsPersistentChatConfiguration` sets that a rule checks.
#[derive(Debug, Clone, Default)]
pub struct ChatSettings {
    /// `-DefaultChatHistory` (1–500: `chat_history_out_of_range`).
    pub default_chat_history: Option<i64>,
}

/// What `*-CsPersistentChatComplianceConfiguration` sets that a rule checks.
#[derive(Debug, Clone, Default)]
pub struct ComplianceSettings {
    /// `-RunInterval` (00:01:00–30.00:00:00: `run_interval_out_of_range`).
    pub run_interval: Option<TimeSpan>,
}

impl Settings for PersistentChatConfiguration {
    type Modelled = ChatSettings;
    const NOUN: &'static str = "Persistent Chat configuration";
    const CMDLET_NOUN: &'static str = "CsPersistentChatConfiguration";

    fn defaults(identity: String, origin: Origin) -> Self {
        PersistentChatConfiguration {
            identity,
            default_chat_history: 30,
            max_file_size_kb: 20_000,
            participant_update_limit: 75,
            room_management_url: None,
            created: origin,
            changed: origin,
        }
    }

    fn apply(&mut self, modelled: &ChatSettings) -> Result<(), ModelError> {
        if let Some(value) = modelled.default_chat_history {
            self.default_chat_history = u32::try_from(value)
                .ok()
                .filter(|v| (1..=500).contains(v))
                .ok_or(ModelError::ChatHistoryOutOfRange { value })?;
        }
        Ok(())
    }

    stored_in!(chat_configurations);
}

store!(PersistentChatConfiguration => chat_configurations);

impl Settings for PersistentChatComplianceConfiguration {
    type Modelled = ComplianceSettings;
    const NOUN: &'static str = "Persistent Chat compliance configuration";
    const CMDLET_NOUN: &'static str = "CsPersistentChatComplianceConfiguration";

    fn defaults(identity: String, origin: Origin) -> Self {
        PersistentChatComplianceConfiguration {
            identity,
            run_interval: TimeSpan::from_minutes(15),
            adapter_type: None,
            adapter_name: None,
            adapter_output_directory: None,
            add_chat_room_details: false,
            add_user_details: false,
            one_chat_room_per_output_file: false,
            create_file_attachments_manifest: false,
            custom_configuration: None,
            created: origin,
            changed: origin,
        }
    }

    fn apply(&mut self, modelled: &ComplianceSettings) -> Result<(), ModelError> {
        if let Some(value) = modelled.run_interval {
            if !(MIN_RUN_INTERVAL..=MAX_RUN_INTERVAL).contains(&value) {
                return Err(ModelError::RunIntervalOutOfRange { value });
            }
            self.run_interval = value;
        }
        Ok(())
    }

    stored_in!(compliance_configurations);
}

store!(PersistentChatComplianceConfiguration => compliance_configurations);

impl Model {
    /// Adds the Global settings of every kind when they are missing (new models, older state
    /// files).
    pub(crate) fn ensure_global_settings(&mut self) {
        ensure_global::<PersistentChatConfiguration>(self);
        ensure_global::<PersistentChatComplianceConfiguration>(self);
    }

    /// `New-Cs…Configuration`: settings for a site or a Persistent Chat pool that has none.
    pub fn new_settings<T: Settings>(
        &mut self,
        req: SettingsRequest<T::Modelled>,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self.settings_identity(&req.identity, "New-", T::CMDLET_NOUN)?;
        if let Some(existing) = T::all(self).get(&identity) {
            return Err(ModelError::DuplicateSettings {
                noun: T::NOUN,
                cmdlet_noun: T::CMDLET_NOUN,
                identity: existing.identity().to_string(),
                existing: existing.created(),
            });
        }
        let mut settings = T::defaults(identity.clone(), origin);
        settings.apply(&req.modelled)?;
        store_recorded(&mut settings, &req.recorded);
        T::all_mut(self).insert(settings);
        Ok(Outcome::of(identity))
    }

    /// `Set-Cs…Configuration`: changes existing settings.
    pub fn set_settings<T: Settings>(
        &mut self,
        req: SettingsRequest<T::Modelled>,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self.find_settings::<T>(&req.identity, "Set-")?;
        let mut settings = T::all(self).get(&identity).expect("found above").clone();
        settings.apply(&req.modelled)?;
        store_recorded(&mut settings, &req.recorded);
        settings.touch(origin);
        T::all_mut(self).insert(settings);
        Ok(Outcome::of(identity))
    }

    /// `Remove-Cs…Configuration`: removes site or service settings; Global is reset to its
    /// defaults.
    pub fn remove_settings<T: Settings>(
        &mut self,
        identity: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let identity = self.find_settings::<T>(identity, "Remove-")?;
        if Scope::parse(&identity) == Scope::Global {
            let created = T::all(self)
                .get(&identity)
                .map_or(Origin::Builtin, T::created);
            let mut reset = T::defaults(identity.clone(), created);
            reset.touch(origin);
            T::all_mut(self).insert(reset);
        } else {
            T::all_mut(self).remove(&identity);
        }
        Ok(Outcome::of(identity))
    }

    /// The settings in effect for chat pool `fqdn`: its service settings, else those of its
    /// home pool's site, else Global (†).
    pub fn effective_settings<T: Settings>(&self, fqdn: &str) -> &T {
        let all = T::all(self);
        let site = self
            .data
            .chat_pools
            .get(fqdn)
            .and_then(|chat| self.data.pools.get(&chat.home_pool))
            .map(|pool| Scope::Site(pool.site.clone()).to_string());
        all.get(&Scope::chat_service_identity(fqdn))
            .or_else(|| site.and_then(|s| all.get(&s)))
            .or_else(|| all.get("Global"))
            .expect("the Global settings always exist")
    }

    /// The canonical identity of existing settings of kind `T`: `invalid_scope` (naming the
    /// cmdlet `verb` + its noun) for a form settings never take, `unknown_settings` when there
    /// are none.
    pub fn find_settings<T: Settings>(
        &self,
        identity: &str,
        verb: &str,
    ) -> Result<String, ModelError> {
        let scope = Scope::parse(identity);
        let canonical = match &scope {
            Scope::Global | Scope::Site(_) => scope.to_string(),
            other => match other.chat_service() {
                Some(fqdn) => Scope::chat_service_identity(fqdn),
                None => {
                    let example = self.settings_example(&scope);
                    return Err(invalid_settings_scope(
                        identity,
                        example,
                        verb,
                        T::CMDLET_NOUN,
                    ));
                }
            },
        };
        let all = T::all(self);
        all.get(&canonical)
            .map(|s| s.identity().to_string())
            .ok_or_else(|| ModelError::UnknownSettings {
                noun: T::NOUN,
                cmdlet_noun: T::CMDLET_NOUN,
                identity: canonical.clone(),
                suggestion: suggest(&canonical, all.iter().map(|s| s.identity())),
                param: "Identity",
            })
    }

    /// The canonical identity of new settings: the site must exist (`unknown_site`), the
    /// service must be a Persistent Chat pool (`unknown_service`), other forms are
    /// `invalid_scope`.
    fn settings_identity(
        &self,
        identity: &str,
        verb: &str,
        cmdlet_noun: &'static str,
    ) -> Result<String, ModelError> {
        let scope = Scope::parse(identity);
        match &scope {
            Scope::Global => Ok(scope.to_string()),
            Scope::Site(site) => {
                let site = self.find_site(site, "Identity")?;
                Ok(Scope::Site(site.identity.clone()).to_string())
            }
            other => match other.chat_service() {
                Some(fqdn) => {
                    let chat = self.find_chat_service(fqdn, identity, "Identity")?;
                    Ok(Scope::chat_service_identity(&chat.fqdn))
                }
                None => Err(invalid_settings_scope(
                    identity,
                    self.settings_example(&scope),
                    verb,
                    cmdlet_noun,
                )),
            },
        }
    }

    /// A settings identity close to `scope`, for `invalid_scope`'s help: a bare name of a site
    /// or chat pool in its settings form, else the model's first site's.
    fn settings_example(&self, scope: &Scope) -> String {
        let name = match scope {
            Scope::Bare(name) | Scope::Tag(name) => name.as_str(),
            Scope::Service { fqdn, .. } => fqdn.as_str(),
            Scope::Global | Scope::Site(_) => "",
        };
        if let Some(chat) = self.data.chat_pools.get(name) {
            return Scope::chat_service_identity(&chat.fqdn);
        }
        let site = self
            .data
            .sites
            .get(name)
            .or_else(|| self.data.sites.iter().next())
            .map_or("Redmond", |s| s.identity.as_str());
        Scope::Site(site.to_string()).to_string()
    }

    /// The Persistent Chat pool `fqdn` names; `unknown_service` (reporting `identity`, as
    /// typed) when it names no pool, or a registrar or legacy Group Chat pool.
    pub(crate) fn find_chat_service(
        &self,
        fqdn: &str,
        identity: &str,
        param: &'static str,
    ) -> Result<&super::ChatPool, ModelError> {
        let chat = self.data.chat_pools.get(fqdn);
        if let Some(chat) = chat.filter(|c| c.kind == ChatPoolKind::PersistentChat) {
            return Ok(chat);
        }
        let actually = match (chat, self.data.pools.get(fqdn)) {
            (Some(c), _) => Some((
                c.fqdn.clone(),
                format!("a {} pool", c.kind.product()),
                c.created,
            )),
            (None, Some(p)) => Some((p.fqdn.clone(), "a registrar pool".to_string(), p.created)),
            (None, None) => None,
        };
        let persistent = self
            .data
            .chat_pools
            .iter()
            .filter(|c| c.kind == ChatPoolKind::PersistentChat)
            .map(|c| c.fqdn.as_str());
        Err(ModelError::UnknownService {
            identity: identity.trim().to_string(),
            actually: actually.map(Box::new),
            suggestion: suggest(fqdn, persistent),
            any_service: false,
            param,
        })
    }
}

/// Adds `T`'s Global settings when missing.
fn ensure_global<T: Settings>(model: &mut Model) {
    if !T::all(model).contains("Global") {
        T::all_mut(model).insert(T::defaults("Global".to_string(), Origin::Builtin));
    }
}

/// `invalid_scope` for settings: the cmdlet is `verb` + `cmdlet_noun`; the help's example is
/// the identity written as settings take it.
fn invalid_settings_scope(
    identity: &str,
    example: String,
    verb: &str,
    cmdlet_noun: &str,
) -> ModelError {
    ModelError::InvalidScope {
        identity: identity.trim().to_string(),
        cmdlet: format!("{verb}{cmdlet_noun}"),
        forms: SETTINGS_FORMS,
        example,
    }
}
