#!/bin/sh
# Creates the two keys of MerchantAccess in Key Vault when they are missing:
#   encryption-key     base64 of 32 random bytes: the AES-256 key that encrypts company security
#                      codes and temporary passwords (MerchantAccess__Secrets__EncryptionKey)
#   token-signing-key  base64 of 64 random bytes: the HMAC-SHA256 key that signs access and
#                      challenge tokens (MerchantAccess__Secrets__TokenSigningKey)
# An existing secret is never replaced, because a new encryption key would leave every stored
# security code unreadable; docs/deploy.md describes rotation.
#
# Runs as the azd post-provision hook, or by hand with AZURE_KEY_VAULT_NAME set to the vault. It
# needs the Azure CLI signed in as a principal with Key Vault Secrets Officer on the vault (the
# template grants it to principalId). A role assigned by the provisioning takes a few minutes to
# apply, so a denied access is retried: KEYVAULT_ACCESS_ATTEMPTS attempts in all (default 10),
# KEYVAULT_ACCESS_RETRY_SECONDS apart (default 15).
set -eu

vault="${AZURE_KEY_VAULT_NAME:-}"
attempts="${KEYVAULT_ACCESS_ATTEMPTS:-10}"
delay="${KEYVAULT_ACCESS_RETRY_SECONDS:-15}"

if [ -z "$vault" ]; then
  echo "error: AZURE_KEY_VAULT_NAME is not set; run 'azd provision' first, or set it to the name of the vault" >&2
  exit 1
fi

if ! command -v az >/dev/null 2>&1; then
  echo "error: the Azure CLI (az) is not installed or not on PATH" >&2
  exit 1
fi

workdir=$(mktemp -d)
chmod 700 "$workdir"
trap 'rm -rf "$workdir"' EXIT
trap 'exit 130' INT TERM

# Prints "present" or "missing" for secret $1. Any other result stops the script, so that a
# transient error can never lead to a key being replaced.
secret_state() {
  attempt=1
  while :; do
    if az keyvault secret show --vault-name "$vault" --name "$1" --query id --output tsv >/dev/null 2>"$workdir/error"; then
      echo present
      return 0
    fi

    if grep -q "SecretNotFound" "$workdir/error"; then
      echo missing
      return 0
    fi

    if grep -q "Forbidden" "$workdir/error" && [ "$attempt" -lt "$attempts" ]; then
      echo "Key Vault $vault denied access (attempt $attempt of $attempts); retrying in ${delay}s while the role assignment applies" >&2
      sleep "$delay"
      attempt=$((attempt + 1))
      continue
    fi

    cat "$workdir/error" >&2
    echo "error: could not read secret $1 from Key Vault $vault; no secret was changed" >&2
    return 1
  done
}

# Creates secret $1 from $2 random bytes, base64 encoded, with content type $3, unless it exists.
create_secret() {
  state=$(secret_state "$1")
  if [ "$state" = present ]; then
    echo "Secret $1 already exists in Key Vault $vault; left unchanged"
    return 0
  fi

  # The value goes through a file only this user can read, never through the command line,
  # where any process listing would show it.
  (
    umask 077
    head -c "$2" /dev/urandom | base64 | tr -d '\n' >"$workdir/value"
  )
  az keyvault secret set --vault-name "$vault" --name "$1" --file "$workdir/value" --encoding utf-8 \
    --content-type "$3" --output none
  rm -f "$workdir/value"
  echo "Created secret $1 in Key Vault $vault"
}

create_secret encryption-key 32 "base64, 32 bytes: AES-256 key of MerchantAccess__Secrets__EncryptionKey"
create_secret token-signing-key 64 "base64, 64 bytes: HMAC-SHA256 key of MerchantAccess__Secrets__TokenSigningKey"
