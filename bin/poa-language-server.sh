#!/bin/sh
# The `poa-language-server` command on Linux and macOS (npm's install copies this file over
# bin/poa-language-server: bin/install-launcher.js). It starts the server with the Node flags
# of SERVER_NODE_FLAGS (server/protocol.ts), which V8 reads only at start and which a
# `#!/usr/bin/env node` script cannot pass (test: test/server/server-flags.test.ts).
self=$0
while [ -h "$self" ]; do
    link=$(readlink "$self")
    case $link in
        /*) self=$link ;;
        *) self=${self%/*}/$link ;;
    esac
done
case $self in
    */*) bin=${self%/*} ;;
    *) bin=. ;;
esac
# The server makes no TLS connection, so Node is not asked to read extra CA certificates at start
# (SERVER_ENVIRONMENT in server/protocol.ts).
unset NODE_EXTRA_CA_CERTS
exec node --max-semi-space-size=8 "$bin/poa-language-server.js" "$@"
