#!/usr/bin/env bash
# Builds a libFuzzer target with address sanitizer: Fuzz/build.sh reader|numbers → .build-fuzz/jianbao-fuzz-NAME
# The reading library is compiled as a module with swiftc straight, so libFuzzer's own main is the program's main.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: Fuzz/build.sh reader|numbers}
case $name in reader) entry=Fuzz/ReaderFuzz.swift;; numbers) entry=Fuzz/NumberFuzz.swift;; *) echo "unknown target $name" >&2; exit 2;; esac
out=.build-fuzz
mkdir -p "$out"
# What SwiftPM embeds for the gazetteer: here it is read from the source folder.
cat > "$out/resource_bundle_accessor.swift" <<SWIFT
import Foundation
enum PackageResources {
    static let adcodes_csv: [UInt8] = Array(FileManager.default.contents(atPath: "$PWD/Sources/JianbaoReading/Resources/adcodes.csv") ?? Data())
}
SWIFT
flags=(-sanitize=fuzzer,address -g -Onone)
swiftc "${flags[@]}" -parse-as-library -emit-library -static -emit-module -module-name JianbaoReading \
  -emit-module-path "$out/JianbaoReading.swiftmodule" -o "$out/libJianbaoReading.a" \
  $(find Sources/JianbaoReading -name '*.swift') "$out/resource_bundle_accessor.swift"
swiftc "${flags[@]}" -parse-as-library -I "$out" "$entry" "$out/libJianbaoReading.a" -o "$out/jianbao-fuzz-$name"
echo "built $out/jianbao-fuzz-$name"
