//! The Active Directory side and the user rules of the real surface (surface.md §2, §4, §5):
//! one failing and one passing case per code, then the behaviour around them (resolution of
//! identities, the compatibility accounts, Disable and re-enable, moves of AD objects, SIP
//! re-keying, voice properties).

mod model_support;

use coexist::model::directory::{AccountRef, NewAdGroup, NewAdOu, NewAdUser, SetAdUser};
use coexist::model::users::{EnableUser, SetUser};
use coexist::model::view::Prop;
use coexist::model::*;
use model_support::*;

const DOMAIN: &str = "DC=contoso,DC=com";
const FINANCE: &str = "OU=Finance,DC=contoso,DC=com";

fn ou(name: &str, path: &str) -> NewAdOu {
    NewAdOu {
        name: name.into(),
        path: Some(path.into()),
    }
}

fn account(name: &str, sam: &str, path: Option<&str>) -> NewAdUser {
    NewAdUser {
        name: name.into(),
        sam_account_name: Some(sam.into()),
        user_principal_name: Some(format!("{sam}@contoso.com")),
        path: path.map(Into::into),
        display_name: None,
        recorded: Vec::new(),
    }
}

fn enable(identity: &str) -> EnableUser {
    EnableUser {
        identity: identity.into(),
        pool: Some(L13.into()),
        ..EnableUser::default()
    }
}

fn by_sam(identity: &str) -> EnableUser {
    EnableUser {
        sip_address_type: Some(SipAddressType::SamAccountName),
        sip_domain: Some("contoso.com".into()),
        ..enable(identity)
    }
}

/// The standard world plus the Finance OU with Ken Myer (given name and surname, mail) and
/// Pilar Ackerman.
fn ad_world() -> World {
    let mut w = World::new();
    clean(w.m.new_ad_ou(ou("Finance", DOMAIN), HERE));
    let mut ken = account("Ken Myer", "kenmyer", Some(FINANCE));
    ken.recorded = vec![
        ("GivenName".into(), Prop::Str("Ken".into())),
        ("Surname".into(), Prop::Str("Myer".into())),
        (
            "EmailAddress".into(),
            Prop::Str("ken.myer@mail.contoso.com".into()),
        ),
        ("Department".into(), Prop::Str("Finance".into())),
    ];
    clean(w.m.new_ad_user(ken, HERE));
    clean(w.m.new_ad_user(account("Pilar Ackerman", "pilar", Some(FINANCE)), HERE));
    w
}

fn user_sip(w: &World, identity: &str) -> String {
    w.m.find_user(identity, "Identity")
        .unwrap()
        .sip_address
        .clone()
}

// ---- duplicate_ad_object ----

#[test]
fn duplicate_ad_object_fails() {
    let mut w = ad_world();
    let err = fails(&mut w.m, "duplicate_ad_object", |m| {
        m.new_ad_user(account("Ken Myer", "kmyer2", Some(FINANCE)), HERE)
    });
    assert_eq!(err.param(), Some("Name"));
    assert_eq!(err.related().len(), 1);
    let err = fails(&mut w.m, "duplicate_ad_object", |m| {
        m.new_ad_user(account("Kenneth Myer", "KENMYER", None), HERE)
    });
    assert_eq!(err.param(), Some("SamAccountName"));
    let mut upn = account("Other", "other", None);
    upn.user_principal_name = Some("Pilar@contoso.com".into());
    let err = fails(&mut w.m, "duplicate_ad_object", |m| {
        m.new_ad_user(upn, HERE)
    });
    assert_eq!(err.param(), Some("UserPrincipalName"));
    fails(&mut w.m, "duplicate_ad_object", |m| {
        m.new_ad_ou(ou("finance", DOMAIN), HERE)
    });
}

#[test]
fn duplicate_ad_object_passes() {
    let mut w = ad_world();
    // The same name in another container, and the same logon name in another domain.
    clean(w.m.new_ad_user(account("Ken Myer", "kmyer2", Some(DOMAIN)), HERE));
    let mut other = account("Ken Myer", "kenmyer", Some("DC=fabrikam,DC=com"));
    other.user_principal_name = Some("kenmyer@fabrikam.com".into());
    clean(w.m.new_ad_user(other, HERE));
    assert_eq!(w.m.ad_accounts().len(), 4);
}

// ---- unknown_ou ----

#[test]
fn unknown_ou_fails() {
    let mut w = ad_world();
    let err = fails(&mut w.m, "unknown_ou", |m| {
        m.new_ad_user(
            account("Ann", "ann", Some("OU=Finanse,DC=contoso,DC=com")),
            HERE,
        )
    });
    assert_eq!(err.param(), Some("Path"));
    assert_eq!(err.suggestion(), Some(FINANCE));
    fails(&mut w.m, "unknown_ou", |m| {
        m.new_ad_ou(ou("EMEA", "not a DN"), HERE)
    });
    let err = fails(&mut w.m, "unknown_ou", |m| {
        m.move_ad_object("kenmyer", "OU=Sales,DC=contoso,DC=com", HERE)
    });
    assert_eq!(err.param(), Some("TargetPath"));
    // An OU cannot move under itself.
    clean(w.m.new_ad_ou(ou("EMEA", FINANCE), HERE));
    fails(&mut w.m, "unknown_ou", |m| {
        m.move_ad_object(FINANCE, "OU=EMEA,OU=Finance,DC=contoso,DC=com", HERE)
    });
}

#[test]
fn unknown_ou_passes() {
    let mut w = ad_world();
    // A domain exists once named; its CN=Users container too.
    clean(w.m.new_ad_ou(ou("Sales", "dc=litwareinc,dc=com"), HERE));
    clean(w.m.new_ad_user(
        account("Ann", "ann", Some("CN=Users,DC=contoso,DC=com")),
        HERE,
    ));
    clean(w.m.move_ad_object("kenmyer", "OU=Sales,DC=litwareinc,DC=com", HERE));
    assert!(w
        .m
        .ad_accounts()
        .get("CN=Ken Myer,OU=Sales,DC=litwareinc,DC=com")
        .is_some());
}

// ---- unknown_group ----

fn group(name: &str) -> NewAdGroup {
    NewAdGroup {
        name: name.into(),
        category: GroupCategory::Security,
        scope: GroupScope::Global,
        path: Some(FINANCE.into()),
    }
}

#[test]
fn unknown_group_fails() {
    let mut w = ad_world();
    clean(w.m.new_ad_group(group("FinanceStaff"), HERE));
    let err = fails(&mut w.m, "unknown_group", |m| {
        m.edit_group_members("FinanceStaf", &strings(&["kenmyer"]), true, HERE)
    });
    assert_eq!(err.suggestion(), Some("FinanceStaff"));
    assert!(w.m.find_group("nothing", "Identity").is_err());
}

#[test]
fn unknown_group_passes() {
    let mut w = ad_world();
    clean(w.m.new_ad_group(group("FinanceStaff"), HERE));
    clean(w.m.new_ad_group(group("AllStaff"), HERE));
    clean(w.m.edit_group_members(
        "FinanceStaff",
        &strings(&["kenmyer", "pilar@contoso.com"]),
        true,
        HERE,
    ));
    clean(w.m.edit_group_members(
        "allstaff",
        &strings(&["FinanceStaff", "Ann Smith"]),
        true,
        HERE,
    ));
    let all =
        w.m.find_group("AllStaff", "Identity")
            .unwrap()
            .distinguished_name
            .clone();
    // Nested groups are followed; Ann's implied account became an object to be a member.
    assert_eq!(w.m.group_accounts(&all).len(), 3);
    let ken =
        &w.m.ad_accounts()
            .get("CN=Ken Myer,OU=Finance,DC=contoso,DC=com")
            .unwrap();
    assert_eq!(ken.member_of.len(), 1);
    clean(w.m.edit_group_members("FinanceStaff", &strings(&["kenmyer"]), false, HERE));
    let ken =
        &w.m.ad_accounts()
            .get("CN=Ken Myer,OU=Finance,DC=contoso,DC=com")
            .unwrap();
    assert!(ken.member_of.is_empty());
}

// ---- unknown_ad_account ----

#[test]
fn unknown_ad_account_fails() {
    let mut w = ad_world();
    // contoso.com has described accounts: no silent creation any more.
    let err = fails(&mut w.m, "unknown_ad_account", |m| {
        m.enable_user(enable("sip:dan@contoso.com"), HERE)
    });
    assert_eq!(err.param(), Some("Identity"));
    let err = fails(&mut w.m, "unknown_ad_account", |m| {
        m.enable_user(by_sam("Ken Meyer"), HERE)
    });
    assert_eq!(err.suggestion(), Some("Ken Myer"));
    fails(&mut w.m, "unknown_ad_account", |m| {
        m.enable_user(by_sam("Z*"), HERE)
    });
}

#[test]
fn unknown_ad_account_passes() {
    let mut w = ad_world();
    // Each way of naming an account finds it.
    for identity in [
        "CN=Ken Myer,OU=Finance,DC=contoso,DC=com",
        "kenmyer@contoso.com",
        "CONTOSO\\kenmyer",
        "Ken Myer",
    ] {
        assert!(
            matches!(
                w.m.find_account(identity, "Identity"),
                Ok(AccountRef::Described(_))
            ),
            "{identity}"
        );
    }
    clean(w.m.enable_user(by_sam("contoso\\pilar"), HERE));
    assert_eq!(user_sip(&w, "Pilar Ackerman"), "sip:pilar@contoso.com");
    // Another forest without described accounts still creates silently (compatibility).
    clean(w.m.enable_user(enable("sip:dan@fabrikam.com"), HERE));
    assert_eq!(user_sip(&w, "dan@fabrikam.com"), "sip:dan@fabrikam.com");
}

// ---- sip_address_required ----

#[test]
fn sip_address_required_fails() {
    let mut w = ad_world();
    let err = fails(&mut w.m, "sip_address_required", |m| {
        m.enable_user(enable("Ken Myer"), HERE)
    });
    assert_eq!(err.param(), Some("Identity"));
    let no_upn = EnableUser {
        sip_address_type: Some(SipAddressType::EmailAddress),
        ..enable("Pilar Ackerman")
    };
    let err = fails(&mut w.m, "sip_address_required", |m| {
        m.enable_user(no_upn, HERE)
    });
    assert_eq!(err.param(), Some("SipAddressType"));
}

#[test]
fn sip_address_required_passes() {
    let mut w = ad_world();
    let by_mail = EnableUser {
        sip_address_type: Some(SipAddressType::EmailAddress),
        ..enable("Ken Myer")
    };
    clean(w.m.enable_user(by_mail, HERE));
    assert_eq!(user_sip(&w, "Ken Myer"), "sip:ken.myer@mail.contoso.com");
    let by_upn = EnableUser {
        sip_address_type: Some(SipAddressType::UserPrincipalName),
        ..enable("pilar")
    };
    clean(w.m.enable_user(by_upn, HERE));
    assert_eq!(user_sip(&w, "Pilar Ackerman"), "sip:pilar@contoso.com");
}

// ---- sip_domain_required ----

#[test]
fn sip_domain_required_fails() {
    let mut w = ad_world();
    let first_last = EnableUser {
        sip_address_type: Some(SipAddressType::FirstLastName),
        ..enable("Ken Myer")
    };
    let err = fails(&mut w.m, "sip_domain_required", |m| {
        m.enable_user(first_last, HERE)
    });
    assert_eq!(err.param(), Some("SipAddressType"));
}

#[test]
fn sip_domain_required_passes() {
    let mut w = ad_world();
    let first_last = EnableUser {
        sip_address_type: Some(SipAddressType::FirstLastName),
        sip_domain: Some("contoso.com".into()),
        ..enable("Ken Myer")
    };
    clean(w.m.enable_user(first_last, HERE));
    assert_eq!(user_sip(&w, "Ken Myer"), "sip:Ken.Myer@contoso.com");
}

// ---- sip_address_many_users ----

#[test]
fn sip_address_many_users_fails() {
    let mut w = ad_world();
    let many = EnableUser {
        sip_address: Some("sip:finance@contoso.com".into()),
        ..enable("*")
    };
    let err = fails(&mut w.m, "sip_address_many_users", |m| {
        m.enable_user(many, HERE)
    });
    assert_eq!(err.param(), Some("SipAddress"));
}

#[test]
fn sip_address_many_users_passes() {
    let mut w = ad_world();
    // A wildcard with -SipAddressType enables each account with its own address.
    let out = clean(w.m.enable_user(by_sam("*er*"), HERE));
    assert_eq!(
        out.identities,
        strings(&["sip:kenmyer@contoso.com", "sip:pilar@contoso.com"])
    );
    let one = EnableUser {
        sip_address: Some("sip:ann.other@contoso.com".into()),
        ..enable("Ann Smith")
    };
    // Ann is enabled already: one address for one account is fine, the duplicate is not.
    assert_eq!(
        w.m.enable_user(one, HERE).unwrap_err().code(),
        "coexist::model::duplicate_user"
    );
}

// ---- invalid_tel_uri ----

fn set_tel(identity: &str, name: &str, value: &str) -> SetUser {
    SetUser {
        identity: identity.into(),
        telephony: vec![(name.into(), Prop::Str(value.into()))],
        ..SetUser::default()
    }
}

#[test]
fn invalid_tel_uri_fails() {
    let mut w = World::new();
    for (name, value) in [
        ("LineURI", "+14255550100"),
        ("LineURI", "tel:14255550100"),
        ("PrivateLine", "tel:+1425555x100"),
        ("OnPremLineURI", "tel:+14255550100;ext="),
        ("LineURI", "tel:+14255550100;x=1"),
    ] {
        let err = fails(&mut w.m, "invalid_tel_uri", |m| {
            m.set_user(set_tel(ANN, name, value), HERE)
        });
        assert_eq!(err.param(), Some(name));
    }
}

#[test]
fn invalid_tel_uri_passes() {
    let mut w = World::new();
    clean(w.m.set_user(set_tel(ANN, "LineURI", "tel:+14255550100;ext=100"), HERE));
    clean(w.m.set_user(set_tel(ANN, "PrivateLine", "TEL:+14255550199"), HERE));
    let ann = ObjectRef::User(w.m.find_user(ANN, "Identity").unwrap());
    assert_eq!(
        ann.property("LineURI"),
        Some(Prop::Str("tel:+14255550100;ext=100".into()))
    );
    assert_eq!(ann.property("OnPremLineURI"), Some(Prop::Null));
    assert_eq!(
        ann.property("ExchangeArchivingPolicy"),
        Some(Prop::Str("Uninitialized".into()))
    );
    // An empty value clears it.
    clean(w.m.set_user(set_tel(ANN, "LineURI", ""), HERE));
    let ann = ObjectRef::User(w.m.find_user(ANN, "Identity").unwrap());
    assert_eq!(ann.property("LineURI"), Some(Prop::Null));
}

// ---- online_move_not_modelled ----

#[test]
fn online_move_not_modelled_fails() {
    let mut w = World::new();
    let err = fails(&mut w.m, "online_move_not_modelled", |m| {
        m.move_user(BOB, "sipfed.online.lync.com", HERE)
    });
    assert_eq!(err.param(), Some("Target"));
    fails(&mut w.m, "online_move_not_modelled", |m| {
        m.move_user_forced(BOB, "SIPFED.ONLINE.LYNC.COM", false, HERE)
    });
}

#[test]
fn online_move_not_modelled_passes() {
    let mut w = World::new();
    clean(w.m.move_user(BOB, L13, HERE));
    // A pool whose name merely mentions "online" is on premises.
    assert_eq!(
        w.m.move_user(ANN, "online.contoso.com", HERE)
            .unwrap_err()
            .code(),
        "coexist::model::unknown_pool"
    );
}

// ---- move_discards_data ----

#[test]
fn move_discards_data_fails() {
    let mut w = World::new();
    let out = ok(w.m.move_user_forced(BOB, L13, false, HERE));
    let warned = warning(&out, "move_discards_data");
    assert_eq!(warned.param(), Some("Force"));
    assert!(warned.to_string().contains(BOB));
    assert_eq!(w.m.find_user(BOB, "Identity").unwrap().registrar_pool, L13);
}

#[test]
fn move_discards_data_passes() {
    let mut w = World::new();
    let out = clean(w.m.move_user(BOB, L13, HERE));
    assert!(!has_warning(&out, "move_discards_data"));
}

// ---- behaviour ----

#[test]
fn enabling_links_the_account_and_disabling_keeps_it() {
    let mut w = ad_world();
    let mut unassigned = by_sam("Ken Myer");
    unassigned.pool = None;
    clean(w.m.enable_user(unassigned, HERE));
    let ken = ObjectRef::User(
        w.m.find_user("CN=Ken Myer,OU=Finance,DC=contoso,DC=com", "Identity")
            .unwrap(),
    );
    assert_eq!(ken.property("RegistrarPool"), Some(Prop::Null));
    assert_eq!(
        ken.property("DisplayName"),
        Some(Prop::Str("Ken Myer".into()))
    );
    assert_eq!(
        ken.property("SamAccountName"),
        Some(Prop::Str("kenmyer".into()))
    );
    let ann = ObjectRef::User(w.m.find_user(ANN, "Identity").unwrap());
    assert_eq!(
        ann.property("SamAccountName"),
        Some(Prop::Str("ann".into()))
    );
    assert_eq!(
        ann.property("UserPrincipalName"),
        Some(Prop::Str("ann@contoso.com".into()))
    );
    let account = |w: &World| {
        w.m.ad_accounts()
            .get("CN=Ken Myer,OU=Finance,DC=contoso,DC=com")
            .unwrap()
            .clone()
    };
    assert_eq!(account(&w).enabled, Some(true));
    clean(w.m.set_user(
        SetUser {
            identity: "kenmyer@contoso.com".into(),
            enabled: Some(false),
            ..SetUser::default()
        },
        HERE,
    ));
    assert_eq!(account(&w).enabled, Some(false));
    clean(w.m.remove_user("Ken Myer", HERE));
    assert_eq!(account(&w).enabled, None);
    assert_eq!(account(&w).sip_address, None);
    // Re-enabling finds the account again.
    clean(w.m.enable_user(by_sam("CONTOSO\\kenmyer"), HERE));
    assert_eq!(account(&w).enabled, Some(true));
}

#[test]
fn users_without_a_described_account_imply_one() {
    let w = World::new();
    let accounts = w.m.all_accounts();
    assert_eq!(accounts.len(), 3);
    assert_eq!(
        accounts[0].distinguished_name,
        "CN=ann,CN=Users,DC=contoso,DC=com"
    );
    assert_eq!(
        accounts[0].user_principal_name.as_deref(),
        Some("ann@contoso.com")
    );
    assert!(matches!(
        w.m.find_account("Ann Smith", "Identity"),
        Ok(AccountRef::Implied(0))
    ));
}

#[test]
fn set_ad_user_renames_the_enabled_user() {
    let mut w = ad_world();
    clean(w.m.enable_user(by_sam("Ken Myer"), HERE));
    clean(w.m.set_ad_user(
        SetAdUser {
            identity: "kenmyer".into(),
            display_name: Some(Some("Kenneth Myer".into())),
            sam_account_name: Some("kmyer".into()),
            recorded: vec![("Title".into(), Prop::Str("Controller".into()))],
            ..SetAdUser::default()
        },
        HERE,
    ));
    let user =
        w.m.find_user("sip:kenmyer@contoso.com", "Identity")
            .unwrap();
    assert_eq!(user.display_name, "Kenneth Myer");
    assert_eq!(user.logon_names().sam_account_name, "kmyer");
    let ken =
        w.m.ad_accounts()
            .get("CN=Ken Myer,OU=Finance,DC=contoso,DC=com")
            .unwrap();
    assert_eq!(ken.title.as_deref(), Some("Controller"));
}

#[test]
fn moving_an_ou_moves_what_is_under_it_and_the_references() {
    let mut w = ad_world();
    clean(w.m.enable_user(by_sam("Ken Myer"), HERE));
    clean(w.m.new_ad_group(group("FinanceStaff"), HERE));
    clean(w.m.edit_group_members("FinanceStaff", &strings(&["kenmyer"]), true, HERE));
    clean(w.m.new_ad_ou(ou("Corp", DOMAIN), HERE));
    clean(w.m.move_ad_object(FINANCE, "OU=Corp,DC=contoso,DC=com", HERE));
    let ken_dn = "CN=Ken Myer,OU=Finance,OU=Corp,DC=contoso,DC=com";
    let ken = w.m.ad_accounts().get(ken_dn).unwrap();
    assert_eq!(
        ken.member_of,
        strings(&["CN=FinanceStaff,OU=Finance,OU=Corp,DC=contoso,DC=com"])
    );
    let user =
        w.m.find_user("sip:kenmyer@contoso.com", "Identity")
            .unwrap();
    assert_eq!(user.distinguished_name.as_deref(), Some(ken_dn));
    assert!(w.m.ad_organizational_units().get(FINANCE).is_none());
}

#[test]
fn a_new_sip_address_rekeys_the_user_and_lists_follow() {
    let mut w = World::new();
    w.category(PC, "Sales", &[ANN, CAT]);
    clean(w.m.set_user(
        SetUser {
            identity: ANN.into(),
            sip_address: Some("sip:ann.smith@contoso.com".into()),
            ..SetUser::default()
        },
        HERE,
    ));
    assert!(w.m.user_by_sip(ANN).is_none());
    assert_eq!(
        w.m.users().iter().next().unwrap().sip_address,
        "sip:ann.smith@contoso.com"
    );
    let sales = w.m.categories().iter().next().unwrap();
    assert_eq!(
        sales.allowed_members,
        strings(&["sip:ann.smith@contoso.com", CAT])
    );
    let taken = SetUser {
        identity: CAT.into(),
        sip_address: Some("sip:ann.smith@contoso.com".into()),
        ..SetUser::default()
    };
    fails(&mut w.m, "duplicate_user", |m| m.set_user(taken, HERE));
}

#[test]
fn unassigned_users_get_their_first_pool_from_either_move() {
    let mut w = World::empty();
    w.site("Redmond", None)
        .pool(L13, Version::Lync2013, "Redmond")
        .pool(OCS, Version::Ocs2007R2, "Redmond");
    for sip in ["sip:dan@contoso.com", "sip:eve@contoso.com"] {
        clean(w.m.enable_user(
            EnableUser {
                identity: sip.into(),
                ..EnableUser::default()
            },
            HERE,
        ));
    }
    clean(w.m.move_legacy_user("sip:dan@contoso.com", L13, HERE));
    clean(w.m.move_user("sip:eve@contoso.com", OCS, HERE));
    assert_eq!(
        w.m.find_user("dan@contoso.com", "Identity")
            .unwrap()
            .registrar_pool,
        L13
    );
    assert_eq!(w.m.users_on(OCS), 1);
}

#[test]
fn the_directory_survives_the_state_file() {
    let mut w = ad_world();
    clean(w.m.new_ad_group(group("FinanceStaff"), HERE));
    clean(w.m.edit_group_members("FinanceStaff", &strings(&["kenmyer"]), true, HERE));
    clean(w.m.enable_user(by_sam("Ken Myer"), HERE));
    clean(w.m.set_user(set_tel("Ken Myer", "LineURI", "tel:+14255550100"), HERE));
    let saved = serde_json::to_value(&w.m).unwrap();
    assert_eq!(saved["AdAccounts"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        saved["AdOrganizationalUnits"][0]["DistinguishedName"],
        FINANCE
    );
    assert_eq!(
        saved["AdGroups"][0]["Members"][0],
        "CN=Ken Myer,OU=Finance,DC=contoso,DC=com"
    );
    // Users without voice settings or a described account save as before.
    let ann = &saved["Users"][0];
    assert!(ann.get("Telephony").is_none() && ann.get("DistinguishedName").is_none());
    assert!(ann.get("Logon").is_none());
    let loaded: Model = serde_json::from_value(saved.clone()).unwrap();
    assert_eq!(serde_json::to_value(&loaded).unwrap(), saved);
    assert_eq!(
        loaded
            .find_user("CONTOSO\\kenmyer", "Identity")
            .unwrap()
            .sip_address,
        "sip:kenmyer@contoso.com"
    );
}

#[test]
fn the_plan_lists_the_directory_after_the_older_kinds() {
    use coexist::model::diff::{diff, Change};
    let mut w = World::new();
    let before = w.m.clone();
    clean(w.m.new_ad_ou(ou("Finance", DOMAIN), HERE));
    clean(w.m.new_ad_user(account("Ken Myer", "kenmyer", Some(FINANCE)), HERE));
    clean(w.m.new_ad_group(group("FinanceStaff"), HERE));
    clean(w.m.enable_user(by_sam("Ken Myer"), HERE));
    clean(w.m.set_user(set_tel(ANN, "LineURI", "tel:+14255550100"), HERE));
    let plan: Vec<(Kind, String)> = diff(&before, &w.m)
        .into_iter()
        .map(|item| {
            let what = match item.change {
                Change::Add => "+".to_string(),
                Change::Change(props) => props.iter().map(|p| p.0.clone()).collect(),
                Change::Remove => "-".to_string(),
            };
            (item.kind, format!("{what} {}", item.identity))
        })
        .collect();
    assert_eq!(
        plan,
        [
            (Kind::User, format!("LineURI {ANN}")),
            (Kind::User, "+ sip:kenmyer@contoso.com".to_string()),
            (
                Kind::ADAccount,
                "+ CN=Ken Myer,OU=Finance,DC=contoso,DC=com".to_string()
            ),
            (Kind::ADOrganizationalUnit, format!("+ {FINANCE}")),
            (
                Kind::ADGroup,
                "+ CN=FinanceStaff,OU=Finance,DC=contoso,DC=com".to_string()
            ),
        ]
    );
}
