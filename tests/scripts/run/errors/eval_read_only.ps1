# Assigning to an environment variable or a constant.
$true = 1
