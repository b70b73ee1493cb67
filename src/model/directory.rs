//! The Active Directory side (surface.md §2, §4): accounts, organizational units and groups
//! described with the ActiveDirectory module's cmdlets, and how an identity finds an account.
//!
//! Rules: `duplicate_ad_object`, `unknown_ou`, `unknown_group`, `unknown_ad_account`.
//!
//! Compatibility †: a user enabled while its forest has no account described with
//! `New-ADUser` has no account object; its account is *implied* by its SIP address
//! ([`Model::implied_account`]: `CN=<local part>,CN=Users,<SIP domain>`), listed by
//! `Get-CsAdUser` and kept as an object once the user is disabled.

use super::dn;
use super::lookup::suggest;
use super::objects::{AdAccount, AdGroup, AdOrganizationalUnit, GroupCategory, GroupScope, User};
use super::view::{store_recorded, Recorded};
use super::{Kind, Model, ModelError, Named, Origin, Outcome};

/// `New-ADOrganizationalUnit`.
#[derive(Debug, Clone, Default)]
pub struct NewAdOu {
    /// The unit's name.
    pub name: String,
    /// The parent: a domain, or an OU (default: the only domain the model knows).
    pub path: Option<String>,
}

/// `New-ADUser`.
#[derive(Debug, Clone, Default)]
pub struct NewAdUser {
    /// The account's name (its CN).
    pub name: String,
    /// The logon name (default: the name without spaces).
    pub sam_account_name: Option<String>,
    /// `user@domain`.
    pub user_principal_name: Option<String>,
    /// The container (default `CN=Users,<domain>`).
    pub path: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// The recorded attributes (GivenName, Surname, Department, …).
    pub recorded: Recorded,
}

/// `Set-ADUser`: `None` leaves a value unchanged.
#[derive(Debug, Clone, Default)]
pub struct SetAdUser {
    /// The account (DN, SamAccountName, UPN, …).
    pub identity: String,
    /// New display name (`Some(None)` clears it).
    pub display_name: Option<Option<String>>,
    /// New logon name.
    pub sam_account_name: Option<String>,
    /// New UPN (`Some(None)` clears it).
    pub user_principal_name: Option<Option<String>>,
    /// The recorded attributes to set.
    pub recorded: Recorded,
}

/// `New-ADGroup`.
#[derive(Debug, Clone)]
pub struct NewAdGroup {
    /// The group's name.
    pub name: String,
    /// Security (default) or Distribution.
    pub category: GroupCategory,
    /// DomainLocal, Global or Universal.
    pub scope: GroupScope,
    /// The container (default `CN=Users,<domain>`).
    pub path: Option<String>,
}

/// Where an identity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountRef {
    /// A described account: its index in the account map.
    Described(usize),
    /// A user without a described account: its index in the user map.
    Implied(usize),
}

/// A group member found by [`Model::find_member`].
enum Member {
    /// A described account or a group.
    Dn(String),
    /// The implied account of the user at this index.
    Implied(usize),
}

/// Whether `text` looks like a SIP address or UPN (`local@domain`, with or without `sip:`).
fn bare_address(text: &str) -> &str {
    match text.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("sip:") => &text[4..],
        _ => text,
    }
}

impl Model {
    /// Described AD accounts.
    pub fn ad_accounts(&self) -> &super::IdMap<AdAccount> {
        &self.data.ad_accounts
    }
    /// Organizational units.
    pub fn ad_organizational_units(&self) -> &super::IdMap<AdOrganizationalUnit> {
        &self.data.ad_organizational_units
    }
    /// AD groups.
    pub fn ad_groups(&self) -> &super::IdMap<AdGroup> {
        &self.data.ad_groups
    }

    /// The account a user without a described one implies (compatibility †):
    /// `CN=<local>,CN=Users,<SIP domain>`, SamAccountName and UPN from its SIP address.
    pub fn implied_account(user: &User) -> AdAccount {
        let address = bare_address(&user.sip_address);
        let (local, domain) = address.split_once('@').unwrap_or((address, ""));
        let domain_dn = dn::domain_dn(domain);
        AdAccount {
            distinguished_name: dn::child("CN", local, &dn::child("CN", "Users", &domain_dn)),
            name: local.to_string(),
            display_name: Some(user.display_name.clone()).filter(|d| !d.is_empty()),
            sam_account_name: local.to_string(),
            user_principal_name: Some(address.to_string()),
            given_name: None,
            surname: None,
            email_address: None,
            department: None,
            title: None,
            company: None,
            office: None,
            city: None,
            state: None,
            member_of: Vec::new(),
            sip_address: Some(user.sip_address.clone()),
            enabled: Some(user.enabled),
            implicit: true,
            created: user.created,
            changed: user.changed,
        }
    }

    /// Every account as `Get-CsAdUser` lists it: the described ones, then those implied by
    /// users without one.
    pub fn all_accounts(&self) -> Vec<std::borrow::Cow<'_, AdAccount>> {
        let described = self.data.ad_accounts.iter().map(std::borrow::Cow::Borrowed);
        let implied = self
            .data
            .users
            .iter()
            .filter(|u| u.distinguished_name.is_none())
            .map(|u| std::borrow::Cow::Owned(Model::implied_account(u)));
        described.chain(implied).collect()
    }

    /// Whether the forest `forest` (a DNS name) has an account described with `New-ADUser`.
    pub fn forest_has_accounts(&self, forest: &str) -> bool {
        self.data.ad_accounts.iter().any(|a| {
            !a.implicit && {
                let domain = dn::dns_name(&a.distinguished_name);
                domain.eq_ignore_ascii_case(forest)
                    || domain.ends_with(&format!(".{}", forest.to_lowercase()))
                    || forest.to_lowercase().ends_with(&format!(".{domain}"))
            }
        })
    }

    /// The accounts an identity selects, in model order: a DN, a UPN, `domain\sam`, a SIP
    /// address, a display name (`*` wildcards select several) or a bare SamAccountName.
    pub fn resolve_accounts(&self, identity: &str) -> Vec<AccountRef> {
        let identity = identity.trim();
        if identity.is_empty() {
            return Vec::new();
        }
        if let Some(index) = self.data.ad_accounts.index_of(identity) {
            return vec![AccountRef::Described(index)];
        }
        let wildcard = identity.contains('*');
        let address = bare_address(identity);
        let sam = identity.split_once('\\');
        let mut found = Vec::new();
        for (i, a) in self.data.ad_accounts.iter().enumerate() {
            let hit = if wildcard {
                dn::star_match(identity, a.shown_name())
            } else if let Some((domain, sam)) = sam {
                a.sam_account_name.eq_ignore_ascii_case(sam)
                    && (dn::netbios(&a.distinguished_name).eq_ignore_ascii_case(domain)
                        || dn::dns_name(&a.distinguished_name).eq_ignore_ascii_case(domain))
            } else {
                a.user_principal_name
                    .as_deref()
                    .is_some_and(|u| u.eq_ignore_ascii_case(address))
                    || a.sip_address
                        .as_deref()
                        .is_some_and(|s| bare_address(s).eq_ignore_ascii_case(address))
                    || a.shown_name().eq_ignore_ascii_case(identity)
                    || a.sam_account_name.eq_ignore_ascii_case(identity)
            };
            if hit {
                found.push(AccountRef::Described(i));
            }
        }
        if !found.is_empty() && !wildcard {
            return found;
        }
        // Users without a described account answer to their implied account.
        if !wildcard {
            if let Some(index) = self.data.users.index_of(&format!("sip:{address}")) {
                let user = self.data.users.at(index).expect("index from the same map");
                if user.distinguished_name.is_none() {
                    return vec![AccountRef::Implied(index)];
                }
            }
        }
        if !wildcard && identity.contains('@') {
            return found;
        }
        let by_dn = identity.contains('=');
        for (i, u) in self.data.users.iter().enumerate() {
            if u.distinguished_name.is_some() {
                continue;
            }
            let hit = if wildcard {
                dn::star_match(identity, &u.display_name)
            } else {
                u.display_name.eq_ignore_ascii_case(identity)
                    || (by_dn
                        && Model::implied_account(u)
                            .distinguished_name
                            .eq_ignore_ascii_case(identity))
            };
            if hit {
                found.push(AccountRef::Implied(i));
            }
        }
        found
    }

    /// The one account an identity names: `unknown_ad_account`, or `ambiguous_name` when a
    /// display name selects several.
    pub fn find_account(
        &self,
        identity: &str,
        param: &'static str,
    ) -> Result<AccountRef, ModelError> {
        let found = self.resolve_accounts(identity);
        match found.as_slice() {
            [one] => Ok(*one),
            [] => Err(self.unknown_account(identity, param)),
            many => Err(ModelError::AmbiguousName {
                kind: Kind::ADAccount,
                name: identity.to_string(),
                matches: many.iter().map(|r| self.named_account(*r)).collect(),
                param,
            }),
        }
    }

    /// The account behind a reference, as `Get-CsAdUser` shows it.
    pub fn account(&self, found: AccountRef) -> std::borrow::Cow<'_, AdAccount> {
        match found {
            AccountRef::Described(i) => {
                std::borrow::Cow::Borrowed(self.data.ad_accounts.at(i).expect("valid reference"))
            }
            AccountRef::Implied(i) => std::borrow::Cow::Owned(Model::implied_account(
                self.data.users.at(i).expect("valid reference"),
            )),
        }
    }

    fn named_account(&self, found: AccountRef) -> Named {
        let account = self.account(found);
        Named {
            identity: account.distinguished_name.clone(),
            origin: account.created,
        }
    }

    /// `unknown_ad_account` for `identity`, with the closest account name.
    pub(crate) fn unknown_account(&self, identity: &str, param: &'static str) -> ModelError {
        ModelError::UnknownAdAccount {
            account: identity.to_string(),
            suggestion: suggest(
                identity,
                self.data.ad_accounts.iter().flat_map(|a| {
                    [a.shown_name(), a.sam_account_name.as_str()]
                        .into_iter()
                        .chain(a.user_principal_name.as_deref())
                }),
            ),
            param,
        }
    }

    /// The domain a new object goes to when no path names one: the domain of `upn`'s
    /// suffix, else the domain of the first described object, else the default forest's.
    fn default_domain(&self, upn: Option<&str>) -> String {
        if let Some((_, suffix)) = upn.and_then(|u| u.split_once('@')) {
            return dn::domain_dn(suffix);
        }
        self.data
            .ad_organizational_units
            .iter()
            .map(|o| &o.distinguished_name)
            .chain(self.data.ad_accounts.iter().map(|a| &a.distinguished_name))
            .chain(self.data.ad_groups.iter().map(|g| &g.distinguished_name))
            .map(|d| dn::domain_of(d))
            .find(|d| !d.is_empty())
            .unwrap_or_else(|| dn::domain_dn(super::topology::DEFAULT_FOREST))
    }

    /// `unknown_ou`: a container path exists when it is a domain, a domain's `CN=Users`, or
    /// a described OU. Returns the path's canonical spelling.
    pub fn check_container(&self, path: &str, param: &'static str) -> Result<String, ModelError> {
        let unknown = || ModelError::UnknownOu {
            path: path.to_string(),
            suggestion: suggest(
                path,
                self.data
                    .ad_organizational_units
                    .iter()
                    .map(|o| o.distinguished_name.as_str()),
            ),
            param,
        };
        let canonical = dn::canonical(path).ok_or_else(unknown)?;
        let parts = dn::parts(&canonical).unwrap_or_default();
        let domain_only =
            |p: &[(String, String)]| !p.is_empty() && p.iter().all(|(a, _)| a == "DC");
        let users_container = parts
            .first()
            .is_some_and(|(a, v)| a == "CN" && v.eq_ignore_ascii_case("Users"))
            && domain_only(&parts[1..]);
        if domain_only(&parts) || users_container {
            return Ok(canonical);
        }
        self.data
            .ad_organizational_units
            .get(&canonical)
            .map(|o| o.distinguished_name.clone())
            .ok_or_else(unknown)
    }

    /// `duplicate_ad_object` when a DN is taken by any AD object.
    fn check_free_dn(&self, dn: &str, param: &'static str) -> Result<(), ModelError> {
        let taken = self
            .data
            .ad_accounts
            .get(dn)
            .map(|a| a.created)
            .or_else(|| self.data.ad_organizational_units.get(dn).map(|o| o.created))
            .or_else(|| self.data.ad_groups.get(dn).map(|g| g.created));
        match taken {
            Some(origin) => Err(ModelError::DuplicateAdObject {
                what: "distinguished name",
                value: dn.to_string(),
                existing: dn.to_string(),
                existing_origin: origin,
                param,
            }),
            None => Ok(()),
        }
    }

    /// `duplicate_ad_object` for a SamAccountName taken in `domain` or a UPN taken in the
    /// forest, by an account other than `except`.
    fn check_free_logon(
        &self,
        sam: Option<(&str, &str)>,
        upn: Option<&str>,
        except: Option<&str>,
    ) -> Result<(), ModelError> {
        let others = self
            .data
            .ad_accounts
            .iter()
            .filter(|a| except.is_none_or(|e| !a.distinguished_name.eq_ignore_ascii_case(e)));
        for a in others {
            if let Some((sam, domain)) = sam {
                let same_domain = dn::domain_of(&a.distinguished_name).eq_ignore_ascii_case(domain);
                if same_domain && a.sam_account_name.eq_ignore_ascii_case(sam) {
                    return Err(ModelError::DuplicateAdObject {
                        what: "SamAccountName",
                        value: sam.to_string(),
                        existing: a.distinguished_name.clone(),
                        existing_origin: a.created,
                        param: "SamAccountName",
                    });
                }
            }
            if let (Some(upn), Some(theirs)) = (upn, a.user_principal_name.as_deref()) {
                if theirs.eq_ignore_ascii_case(upn) {
                    return Err(ModelError::DuplicateAdObject {
                        what: "UserPrincipalName",
                        value: upn.to_string(),
                        existing: a.distinguished_name.clone(),
                        existing_origin: a.created,
                        param: "UserPrincipalName",
                    });
                }
            }
        }
        Ok(())
    }

    /// `New-ADOrganizationalUnit`.
    pub fn new_ad_ou(&mut self, req: NewAdOu, origin: Origin) -> Result<Outcome, ModelError> {
        let parent = match &req.path {
            Some(path) => self.check_container(path, "Path")?,
            None => self.default_domain(None),
        };
        let dn = dn::child("OU", &req.name, &parent);
        self.check_free_dn(&dn, "Name")?;
        self.data
            .ad_organizational_units
            .insert(AdOrganizationalUnit {
                distinguished_name: dn.clone(),
                name: req.name.trim().to_string(),
                created: origin,
                changed: origin,
            });
        Ok(Outcome::of(dn))
    }

    /// `New-ADUser`.
    pub fn new_ad_user(&mut self, req: NewAdUser, origin: Origin) -> Result<Outcome, ModelError> {
        let upn = req.user_principal_name.filter(|u| !u.trim().is_empty());
        let parent = match &req.path {
            Some(path) => self.check_container(path, "Path")?,
            None => dn::child("CN", "Users", &self.default_domain(upn.as_deref())),
        };
        let name = req.name.trim().to_string();
        let dn = dn::child("CN", &name, &parent);
        self.check_free_dn(&dn, "Name")?;
        let sam = req
            .sam_account_name
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| name.chars().filter(|c| !c.is_whitespace()).collect());
        let domain = dn::domain_of(&dn);
        self.check_free_logon(Some((&sam, &domain)), upn.as_deref(), None)?;
        let mut account = AdAccount {
            distinguished_name: dn.clone(),
            name,
            display_name: req.display_name.filter(|d| !d.is_empty()),
            sam_account_name: sam,
            user_principal_name: upn,
            given_name: None,
            surname: None,
            email_address: None,
            department: None,
            title: None,
            company: None,
            office: None,
            city: None,
            state: None,
            member_of: Vec::new(),
            sip_address: None,
            enabled: None,
            implicit: false,
            created: origin,
            changed: origin,
        };
        store_recorded(&mut account, &req.recorded);
        self.data.ad_accounts.insert(account);
        Ok(Outcome::of(dn))
    }

    /// `Set-ADUser`: a new display name also renames the enabled user.
    pub fn set_ad_user(&mut self, req: SetAdUser, origin: Origin) -> Result<Outcome, ModelError> {
        let index = self.described_account(&req.identity, "Identity")?;
        let account = self.data.ad_accounts.at(index).expect("found above");
        let dn = account.distinguished_name.clone();
        let domain = dn::domain_of(&dn);
        let upn = match &req.user_principal_name {
            Some(upn) => upn.clone().filter(|u| !u.trim().is_empty()),
            None => account.user_principal_name.clone(),
        };
        let sam = req.sam_account_name.clone();
        self.check_free_logon(
            sam.as_deref().map(|s| (s, domain.as_str())),
            upn.as_deref(),
            Some(&dn),
        )?;
        let account = self.data.ad_accounts.at_mut(index).expect("found above");
        if let Some(display) = req.display_name {
            account.display_name = display.filter(|d| !d.is_empty());
        }
        if let Some(sam) = sam {
            account.sam_account_name = sam;
        }
        account.user_principal_name = upn;
        store_recorded(account, &req.recorded);
        account.changed = origin;
        let (shown, logon) = (account.shown_name().to_string(), account.logon());
        let sip = account.sip_address.clone();
        if let Some(user) = sip.and_then(|s| self.data.users.get_mut(&s)) {
            user.display_name = shown;
            user.logon = Some(logon);
            user.changed = origin;
        }
        Ok(Outcome::of(dn))
    }

    /// A described account by identity (implied ones are materialised first, so `Set-ADUser`
    /// and `Move-ADObject` can change them).
    fn described_account(
        &mut self,
        identity: &str,
        param: &'static str,
    ) -> Result<usize, ModelError> {
        match self.find_account(identity, param)? {
            AccountRef::Described(i) => Ok(i),
            AccountRef::Implied(u) => Ok(self.materialise(u)),
        }
    }

    /// Stores the implied account of the user at `user_index` as an object; its index.
    pub(crate) fn materialise(&mut self, user_index: usize) -> usize {
        let user = self.data.users.at(user_index).expect("valid reference");
        let account = Model::implied_account(user);
        let (dn, logon) = (account.distinguished_name.clone(), account.logon());
        self.data.ad_accounts.insert(account);
        if let Some(user) = self.data.users.at_mut(user_index) {
            user.distinguished_name = Some(dn.clone());
            user.logon = Some(logon);
        }
        self.data.ad_accounts.index_of(&dn).expect("just inserted")
    }

    /// `Move-ADObject`: moves an account, group or OU (with everything under it) to another
    /// container; every reference follows.
    pub fn move_ad_object(
        &mut self,
        identity: &str,
        target: &str,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let parent = self.check_container(target, "TargetPath")?;
        let old = if let Some(o) = self.data.ad_organizational_units.get(identity) {
            o.distinguished_name.clone()
        } else if let Some(g) = self.find_group_dn(identity) {
            g
        } else {
            let index = self.described_account(identity, "Identity")?;
            self.data
                .ad_accounts
                .at(index)
                .expect("found")
                .distinguished_name
                .clone()
        };
        if dn::is_under(&parent, &old) {
            return Err(ModelError::UnknownOu {
                path: target.to_string(),
                suggestion: None,
                param: "TargetPath",
            });
        }
        let first = dn::parts(&old).unwrap_or_default().remove(0);
        let new = format!("{}={},{parent}", first.0, first.1);
        if !new.eq_ignore_ascii_case(&old) {
            self.check_free_dn(&new, "TargetPath")?;
            self.rebase_dns(&old, &new, origin);
        }
        Ok(Outcome::of(new))
    }

    /// Renames every DN at or under `old` to lie under `new`, with every reference to them.
    fn rebase_dns(&mut self, old: &str, new: &str, origin: Origin) {
        let moved = |d: &str| dn::rebase(d, old, new);
        let data = &mut self.data;
        for o in std::mem::take(&mut data.ad_organizational_units).iter() {
            let mut o = o.clone();
            if let Some(d) = moved(&o.distinguished_name) {
                o.distinguished_name = d;
                o.changed = origin;
            }
            data.ad_organizational_units.insert(o);
        }
        for a in std::mem::take(&mut data.ad_accounts).iter() {
            let mut a = a.clone();
            if let Some(d) = moved(&a.distinguished_name) {
                a.distinguished_name = d;
                a.changed = origin;
            }
            for g in &mut a.member_of {
                if let Some(d) = moved(g) {
                    *g = d;
                }
            }
            data.ad_accounts.insert(a);
        }
        for g in std::mem::take(&mut data.ad_groups).iter() {
            let mut g = g.clone();
            if let Some(d) = moved(&g.distinguished_name) {
                g.distinguished_name = d;
                g.changed = origin;
            }
            for m in &mut g.members {
                if let Some(d) = moved(m) {
                    *m = d;
                }
            }
            data.ad_groups.insert(g);
        }
        for u in data.users.iter_mut() {
            if let Some(d) = u.distinguished_name.as_deref().and_then(moved) {
                u.distinguished_name = Some(d);
            }
        }
    }

    /// `New-ADGroup`.
    pub fn new_ad_group(&mut self, req: NewAdGroup, origin: Origin) -> Result<Outcome, ModelError> {
        let parent = match &req.path {
            Some(path) => self.check_container(path, "Path")?,
            None => dn::child("CN", "Users", &self.default_domain(None)),
        };
        let dn = dn::child("CN", &req.name, &parent);
        self.check_free_dn(&dn, "Name")?;
        self.data.ad_groups.insert(AdGroup {
            distinguished_name: dn.clone(),
            name: req.name.trim().to_string(),
            group_category: req.category,
            group_scope: req.scope,
            members: Vec::new(),
            created: origin,
            changed: origin,
        });
        Ok(Outcome::of(dn))
    }

    /// A group's DN by DN or name.
    fn find_group_dn(&self, identity: &str) -> Option<String> {
        let identity = identity.trim();
        self.data
            .ad_groups
            .get(identity)
            .or_else(|| {
                self.data
                    .ad_groups
                    .iter()
                    .find(|g| g.name.eq_ignore_ascii_case(identity))
            })
            .map(|g| g.distinguished_name.clone())
    }

    /// A group by DN or name, or `unknown_group`.
    pub fn find_group(&self, identity: &str, param: &'static str) -> Result<&AdGroup, ModelError> {
        self.find_group_dn(identity)
            .and_then(|d| self.data.ad_groups.get(&d))
            .ok_or_else(|| ModelError::UnknownGroup {
                group: identity.to_string(),
                suggestion: suggest(
                    identity,
                    self.data.ad_groups.iter().map(|g| g.name.as_str()),
                ),
                param,
            })
    }

    /// A group member named by DN, SamAccountName, UPN or name: a group or an account.
    fn find_member(&self, member: &str) -> Result<Member, ModelError> {
        if let Some(g) = self.find_group_dn(member) {
            return Ok(Member::Dn(g));
        }
        let by_sam = self
            .data
            .ad_accounts
            .iter()
            .find(|a| a.sam_account_name.eq_ignore_ascii_case(member.trim()));
        if let Some(a) = by_sam {
            return Ok(Member::Dn(a.distinguished_name.clone()));
        }
        Ok(match self.find_account(member, "Members")? {
            AccountRef::Described(i) => Member::Dn(
                self.data
                    .ad_accounts
                    .at(i)
                    .expect("found")
                    .distinguished_name
                    .clone(),
            ),
            AccountRef::Implied(u) => Member::Implied(u),
        })
    }

    /// `Add-ADGroupMember` (`add`) or `Remove-ADGroupMember`: accounts and groups, by DN,
    /// SamAccountName, UPN or name.
    pub fn edit_group_members(
        &mut self,
        group: &str,
        members: &[String],
        add: bool,
        origin: Origin,
    ) -> Result<Outcome, ModelError> {
        let group_dn = self
            .find_group(group, "Identity")?
            .distinguished_name
            .clone();
        let found = members
            .iter()
            .map(|m| self.find_member(m))
            .collect::<Result<Vec<_>, _>>()?;
        let dns: Vec<String> = found
            .into_iter()
            .map(|m| match m {
                Member::Dn(dn) => dn,
                Member::Implied(u) => {
                    let index = self.materialise(u);
                    self.data
                        .ad_accounts
                        .at(index)
                        .expect("stored")
                        .distinguished_name
                        .clone()
                }
            })
            .collect();
        let group = self.data.ad_groups.get_mut(&group_dn).expect("found above");
        for m in &dns {
            let listed = group.members.iter().any(|x| x.eq_ignore_ascii_case(m));
            if add && !listed {
                group.members.push(m.clone());
            } else if !add {
                group.members.retain(|x| !x.eq_ignore_ascii_case(m));
            }
        }
        group.changed = origin;
        for m in &dns {
            if let Some(account) = self.data.ad_accounts.get_mut(m) {
                account
                    .member_of
                    .retain(|g| !g.eq_ignore_ascii_case(&group_dn));
                if add {
                    account.member_of.push(group_dn.clone());
                }
            }
        }
        Ok(Outcome::of(group_dn))
    }

    /// The accounts in a group, nested groups followed (each group once), in member order.
    pub fn group_accounts(&self, group_dn: &str) -> Vec<String> {
        let mut seen = vec![group_dn.to_lowercase()];
        let mut out = Vec::new();
        let mut stack = vec![group_dn.to_string()];
        while let Some(g) = stack.pop() {
            let Some(group) = self.data.ad_groups.get(&g) else {
                continue;
            };
            for m in &group.members {
                if self.data.ad_groups.contains(m) {
                    if !seen.contains(&m.to_lowercase()) {
                        seen.push(m.to_lowercase());
                        stack.push(m.clone());
                    }
                } else if !out.iter().any(|o: &String| o.eq_ignore_ascii_case(m)) {
                    out.push(m.clone());
                }
            }
        }
        out
    }
}
