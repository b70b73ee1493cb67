# A method the value does not have.
'text'.Frobnicate()
