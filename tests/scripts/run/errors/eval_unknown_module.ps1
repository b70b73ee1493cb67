# Import-Module of a module coexist does not model.
Import-Module Lync
Import-Module MSOnline
