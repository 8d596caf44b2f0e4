#!/bin/sh
# The `poa` command on Linux and macOS (npm's install copies this file over bin/poa there:
# bin/install-launcher.js). It starts Node from a V8 startup snapshot of the CLI, in which the
# bundle is already loaded and its parser built (bin/snapshot.js), when one was built for this
# install, this build and this Node binary; otherwise it runs bin/poa.js as usual, which builds
# the snapshot in the background for the next run. POA_NO_SNAPSHOT=1 turns it off; a
# NODE_OPTIONS setting does too (V8 flags that differ from the snapshot's make Node refuse it).
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
node=$(command -v node) || { echo 'poa: Node.js (node) is not on the PATH.' >&2; exit 127; }
# poa makes no network connection, so Node is not asked to read extra CA certificates: Node 20 reads
# and parses NODE_EXTRA_CA_CERTS at every start (some 40 ms of each run where a proxy's certificates
# are set for other tools) and warns on every run when the file is missing. If poa ever connects
# anywhere, this line goes.
unset NODE_EXTRA_CA_CERTS
if [ -z "${POA_NO_SNAPSHOT-}" ] && [ -z "${NODE_OPTIONS-}" ] && [ -r "$bin/../dist/cli.build-id" ] && root=$(cd -P "$bin/.." && pwd); then
    IFS= read -r build < "$root/dist/cli.build-id"
    if [ -n "${POA_CACHE_DIR-}" ]; then cache=$POA_CACHE_DIR
    elif [ -n "${XDG_CACHE_HOME-}" ]; then cache=$XDG_CACHE_HOME/poa-studio
    elif [ -d "$HOME/Library/Caches" ]; then cache=$HOME/Library/Caches/poa-studio
    else cache=$HOME/.cache/poa-studio
    fi
    # One stamp per install folder: its path with / as _.
    rest=$root
    name=
    while :; do
        case $rest in
            */*) name=$name${rest%%/*}_; rest=${rest#*/} ;;
            *) name=$name$rest; break ;;
        esac
    done
    dir=$cache/snapshot
    stamp=$dir/$name.stamp
    # What the snapshot depends on: the build, the install folder, the Node binary (its size and date).
    want="$build $root $(LC_ALL=C ls -lLn "$node")"
    have=
    blob=
    if [ -r "$stamp" ]; then
        { IFS= read -r have; IFS= read -r blob; } < "$stamp"
    fi
    if [ "$have" = "$want" ] && [ -n "$blob" ] && [ -r "$dir/$blob" ]; then
        exec "$node" --snapshot-blob "$dir/$blob" -- "$@"
    elif [ "$have" != "$want" ] || [ -n "$blob" ]; then
        # No stamp, a stale one, or its snapshot is gone: bin/poa.js builds one. (A stamp that names
        # no snapshot says building one failed with this Node and build: run as usual.)
        POA_SNAPSHOT_STAMP=$stamp
        POA_SNAPSHOT_IDENTITY=$want
        export POA_SNAPSHOT_STAMP POA_SNAPSHOT_IDENTITY
    fi
fi
exec "$node" "$bin/poa.js" "$@"
