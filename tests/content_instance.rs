//! `-Instance` of the chat content cmdlets through the interpreter: the object's changed
//! properties are stored under the Set- rules, its unchanged ones are never re-checked, an
//! identity may come as text, and an object of another kind is refused.

mod eval_support;

use eval_support::run;

const SETUP: &str = "New-Site Redmond\n\
    New-Pool lync2010.contoso.com -Version Lync2010 -Site Redmond\n\
    New-ChatPool gc.contoso.com -HomePool lync2010.contoso.com -Kind GroupChat2010\n\
    New-User sip:ann@contoso.com -Pool lync2010.contoso.com\n\
    New-ChatCategory Eng -ChatPool gc.contoso.com -AllowedMembers sip:ann@contoso.com -Invitations $true\n\
    New-ChatRoom Builds -Category Eng -Invitations True\n\
    New-ChatRoom Lobby -Category Eng\n\
    Set-ChatCategory Eng -Invitations $false\n";

#[test]
fn storing_rooms_as_read_does_not_recheck_what_the_model_holds() {
    // On a legacy pool a room keeps invitations its category turned off; piping it back with
    // one change must not fail on the invitations it already had.
    let (text, outcome) = run(&format!(
        "{SETUP}Get-CsPersistentChatRoom | Set-CsPersistentChatRoom -Disabled $true\n\
         Get-ChatRoom | ForEach-Object {{ \"$($_.Name) $($_.Invitations) $($_.Disabled)\" }}"
    ));
    assert_eq!(text, "Builds True True\nLobby Inherit True\n");
    assert_eq!(outcome.errors, 0);
}

#[test]
fn a_changed_property_is_stored_under_the_set_rules() {
    let (text, outcome) = run(&format!(
        "{SETUP}$room = Get-CsPersistentChatRoom Lobby\n\
         $room.Invitations = 'True'\n\
         Set-CsPersistentChatRoom -Instance $room\n\
         $room.Invitations = 'False'\n\
         $room.Description = 'front door'\n\
         Set-CsPersistentChatRoom -Instance $room\n\
         $lobby = Get-CsPersistentChatRoom Lobby\n\
         \"$($lobby.Invitations) $($lobby.Description)\""
    ));
    assert!(
        text.starts_with("error: coexist::model::invitations_denied_by_category"),
        "{text}"
    );
    assert!(text.ends_with("False front door\n"), "{text}");
    assert_eq!(outcome.errors, 1);
}

#[test]
fn an_identity_may_come_as_text_and_another_kind_is_refused() {
    let (text, outcome) = run(&format!(
        "{SETUP}'gc.contoso.com\\Lobby' | Remove-CsPersistentChatRoom\n\
         (Get-ChatRoom).Name\n\
         Get-ChatCategory Eng | Remove-CsPersistentChatRoom"
    ));
    assert!(text.starts_with("Builds\n"), "{text}");
    assert!(
        text.contains("error: coexist::bind::invalid_value: -Instance takes a ChatRoom object, not a ChatCategory object"),
        "{text}"
    );
    assert_eq!(outcome.errors, 1);
}
