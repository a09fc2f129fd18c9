# -*- Python -*-
# lit configuration for stacklift.
#
# Every test runs through one front end, chosen with --param frontend=tool
# (the standalone tool, the default) or --param frontend=tidy (clang-tidy-22
# with the plugin). CTest runs the suite once for each, so one lit file
# specifies both. In a RUN line:
#   %check     runs the chosen front end: `%check <file> -- <compiler args>`
#   %stacklift the standalone tool, %tidy clang-tidy with the plugin loaded,
#   %clang-plugin the clang plugin (clang++ -fplugin=%clang-plugin)
#   %mock-std  compiler arguments for the standard library of the
#              configuration: the mock headers in Inputs/mock by default
#   %std-args  compiler arguments for the real standard library
#   %clangxx   clang++ 22, to compile what the fixes produce
#   %expect-exit N <command>  fails unless <command> exits with N
# Features: frontend-tool / frontend-tidy, other-clang-tidy (a clang-tidy of
# another LLVM version is installed, for the version guard), stdlib-mock /
# stdlib-real.
#
# The checker files written against the mocks (%mock-std) also run against
# the real standard libraries: --param stdlib=libstdc++ or stdlib=libc++
# (default: mock) and --param std=c++17 or std=c++20 (default: c++17) make
# %mock-std the real library at that standard, so the same CHECK and FIXED
# lines must hold on what users compile. A file that covers the real
# libraries itself, or that tests something only a mock can show, says
# `UNSUPPORTED: stdlib-real` with the reason.

import os
import shutil
import sys

import lit.formats

stdlib = lit_config.params.get("stdlib", "mock")
if stdlib not in ("mock", "libstdc++", "libc++"):
    lit_config.fatal("stdlib must be 'mock', 'libstdc++' or 'libc++', not %r" % stdlib)
std = lit_config.params.get("std", "c++17")
if std not in ("c++17", "c++20"):
    lit_config.fatal("std must be 'c++17' or 'c++20', not %r" % std)
# The default configuration keeps its historical name and directory.
variant = "" if (stdlib, std) == ("mock", "c++17") else "-%s-%s" % (stdlib, std)

config.name = "stacklift-" + lit_config.params.get("frontend", "tool") + variant
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt", "lit.cfg.py", "sarif.test.py", "pre-commit.test.py", "programs", "alloc_counter.cpp"]
# A test's own inputs sit beside it as <name>.test.<something>.
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(
    config.stacklift_obj_root, "test", "lit-" + lit_config.params.get("frontend", "tool") + variant
)
config.available_features.add("stdlib-mock" if stdlib == "mock" else "stdlib-real")

frontend = lit_config.params.get("frontend", "tool")
if frontend not in ("tool", "tidy"):
    lit_config.fatal("frontend must be 'tool' or 'tidy', not %r" % frontend)
config.available_features.add("frontend-" + frontend)

tidy = "%s --load=%s --checks=-*,stacklift-* --quiet" % (
    config.clang_tidy,
    config.stacklift_plugin,
)
tool = config.stacklift_tool
inputs = os.path.join(config.test_source_root, "Inputs")

config.substitutions.append(("%check", tool if frontend == "tool" else tidy))
config.substitutions.append(("%stacklift-lsp", tool + "-lsp"))
config.substitutions.append(("%stacklift", tool))
config.substitutions.append(("%tidy", tidy))
config.substitutions.append(("%plugin", config.stacklift_plugin))
config.substitutions.append(("%clang-plugin", config.stacklift_clang_plugin))
if stdlib == "mock":
    stdlib_args = "-std=%s -nostdinc++ -isystem %s" % (std, os.path.join(inputs, "mock"))
elif stdlib == "libc++":
    stdlib_args = "-std=%s -stdlib=libc++" % std
else:
    stdlib_args = "-std=%s" % std
config.substitutions.append(("%mock-std", stdlib_args))
# The real library: libstdc++ at C++17 by default, the configured one in a
# real-library configuration.
config.substitutions.append(("%std-args", "-std=c++17" if stdlib == "mock" else stdlib_args))
# The warnings a fix must not add: fixed files are compiled with these and
# -Werror wherever the original compiles cleanly with them.
config.substitutions.append(
    ("%strict-warnings",
     "-Wall -Wextra -Wconversion -Wsign-conversion -Wshadow -Werror")
)
# libc++ 22 (libc++-22-dev), for the rules tested on both standard libraries.
if os.path.isdir(os.path.join(os.path.dirname(config.clangxx), "..", "include", "c++", "v1")):
    config.available_features.add("libcxx")
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(
    ("%clang-apply-replacements", os.path.join(config.llvm_tools_dir, "clang-apply-replacements"))
)
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(
    ("%expect-exit", "%s %s" % (sys.executable, os.path.join(inputs, "expect-exit.py")))
)
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%src_root", config.stacklift_src_root))
config.substitutions.append(("%llvm_major", config.llvm_version_major))
config.substitutions.append(("%obj_root", config.stacklift_obj_root))
config.substitutions.append(("%cmake", config.cmake))
config.substitutions.append(("%cpack", config.cpack))
config.substitutions.append(("%llvm_tools_dir", config.llvm_tools_dir))
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg")
# heaptrack, for the heap-profile end-to-end test (scripts/setup.sh --tests).
heaptrack = shutil.which("heaptrack")
if heaptrack:
    config.available_features.add("heaptrack")
    config.substitutions.append(("%heaptrack", heaptrack))
config.substitutions.append(("%install_plugindir", config.install_plugindir))
config.substitutions.append(("%version", config.version))
config.substitutions.append(("FileCheck", config.filecheck))
config.substitutions.append(("%not", config.not_tool))

# Neovim, for the editor end-to-end test (scripts/setup.sh --tests installs it).
neovim = shutil.which("nvim")
if neovim:
    config.available_features.add("neovim")
    config.substitutions.append(("%neovim", neovim))

# A clang-tidy of another LLVM version, for the plugin's version guard.
for other in ("clang-tidy-14", "clang-tidy-19", "clang-tidy-22"):
    if other == "clang-tidy-" + config.llvm_version_major:
        continue
    path = shutil.which(other)
    if path:
        config.available_features.add("other-clang-tidy")
        config.substitutions.append(("%other-clang-tidy", path))
        break

# A clang++ of another LLVM version, for the clang plugin's version guard.
for other in ("19", "22"):
    path = "/usr/lib/llvm-%s/bin/clang++" % other
    if other != config.llvm_version_major and os.path.exists(path):
        config.available_features.add("other-clang")
        config.substitutions.append(("%other-clangxx", path))
        break

# Colour and locale must not depend on the caller's terminal.
config.environment["TERM"] = "dumb"

# The SARIF validator of @microsoft/sarif-multitool, which scripts/setup.sh
# --tests installs into the build directory.
validator = os.path.join(
    config.stacklift_obj_root, "sarif-validator", "node_modules", ".bin", "sarif-multitool"
)
if os.path.exists(validator):
    config.available_features.add("sarif-validator")
    config.substitutions.append(("%sarif-validator", validator))
