#!/usr/bin/env bash
# The files the ledger's OCI image adds to an empty base (Jib's "scratch"), so that the image is
# built without a Docker daemon and without pulling a base image from a registry:
#   /opt/java   a Java runtime made with jlink from the build's JDK (the Java SE modules and
#               the few JDK modules Spring Boot uses), with the JDK's CA certificates;
#   /lib, /lib64, /usr/lib   the shared libraries that runtime links against (glibc, zlib, ...),
#               taken from the build machine, found with ldd;
#   /etc/passwd, /etc/group  the unprivileged user ledger (uid and gid 10001);
#   /tmp and /var/lib/ledger  writable folders (the working directory; H2 or the demo's key).
# Usage: scripts/image-root.sh OUTPUT_DIR   (the web module's image profile calls it)
set -euo pipefail
out=${1:?usage: scripts/image-root.sh OUTPUT_DIR}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jlink=$java_home/bin/jlink
[[ -x $jlink ]] || { echo "scripts/image-root.sh: jlink not found under $java_home (install a full JDK)" >&2; exit 1; }

umask 022
rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/var/lib/ledger"
"$jlink" --add-modules java.se,jdk.crypto.ec,jdk.unsupported,jdk.management,jdk.zipfs,jdk.naming.dns,jdk.charsets,jdk.localedata,jdk.crypto.cryptoki \
  --include-locales en,it --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/opt/java" >/dev/null
# the JDK's CA certificates (a link to the system's store on Debian), as a file
cacerts=$(readlink -f "$java_home/lib/security/cacerts")
rm -f "$out/opt/java/lib/security/cacerts"
cp "$cacerts" "$out/opt/java/lib/security/cacerts"

# the shared libraries of every ELF file of the runtime, and the dynamic loader
libs=$(find "$out/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c 'ldd "$1" 2>/dev/null || true' _ {} \; \
  | grep -o '/[^ ]*' | sort -u)
for lib in $libs; do
  case $lib in "$out"/*) continue ;; esac
  [[ -e $lib ]] || continue
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\nledger:x:10001:10001:imaging ledger:/var/lib/ledger:/sbin/nologin\n' > "$out/etc/passwd"
printf 'root:x:0:\nledger:x:10001:\n' > "$out/etc/group"
printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
chmod -R a+rX "$out"
