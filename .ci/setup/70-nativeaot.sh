# The NativeAOT build (README, "Performance": the build for batch use) needs a native toolchain: clang and lld. The tests
# in tests/Extractor.Worker.Tests/NativeAot publish it and compare its output with the JIT build's; here they must run.
ci_apt_install clang lld
export EXTRACTOR_REQUIRE_NATIVEAOT=1
