# CMake generated Testfile for 
# Source directory: /work/wt-19/test
# Build directory: /work/wt-19/build19/test
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
include("/work/wt-19/build19/test/stackliftUnitTests[1]_include.cmake")
add_test([=[lit-tool]=] "/usr/lib/llvm-19/bin/../build/utils/lit/lit.py" "-sv" "--param" "frontend=tool" "/work/wt-19/build19/test")
set_tests_properties([=[lit-tool]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;32;add_test;/work/wt-19/test/CMakeLists.txt;0;")
add_test([=[lit-tidy]=] "/usr/lib/llvm-19/bin/../build/utils/lit/lit.py" "-sv" "--param" "frontend=tidy" "/work/wt-19/build19/test")
set_tests_properties([=[lit-tidy]=] PROPERTIES  _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;32;add_test;/work/wt-19/test/CMakeLists.txt;0;")
add_test([=[fixtester-libstdc++]=] "/root/.pyenv/shims/python3" "/work/wt-19/test/fixtester/fixtester.py" "--stacklift" "/work/wt-19/build19/bin/stacklift" "--clangxx" "/usr/lib/llvm-19/bin/clang++" "--configs" "libstdc++-c++17,libstdc++-c++20" "--matrix" "rotate" "--seed" "1" "--count" "36" "--reduce-limit" "1" "--tool-wait" "10")
set_tests_properties([=[fixtester-libstdc++]=] PROPERTIES  LABELS "fixtester" TIMEOUT "900" _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;79;add_test;/work/wt-19/test/CMakeLists.txt;0;")
add_test([=[fixtester-selftest]=] "/root/.pyenv/shims/python3" "/work/wt-19/test/fixtester/selftest.py" "--clangxx" "/usr/lib/llvm-19/bin/clang++")
set_tests_properties([=[fixtester-selftest]=] PROPERTIES  LABELS "fixtester" TIMEOUT "300" _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;90;add_test;/work/wt-19/test/CMakeLists.txt;0;")
add_test([=[lint-format]=] "/root/.pyenv/shims/python3" "/work/wt-19/test/lint/lint.py" "format" "--source" "/work/wt-19" "--clang-format" "/usr/lib/llvm-19/bin/clang-format")
set_tests_properties([=[lint-format]=] PROPERTIES  LABELS "lint" _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;108;add_test;/work/wt-19/test/CMakeLists.txt;0;")
add_test([=[lint-tidy]=] "/root/.pyenv/shims/python3" "/work/wt-19/test/lint/lint.py" "tidy" "--source" "/work/wt-19" "--build" "/work/wt-19/build19" "--clang-tidy" "/usr/lib/llvm-19/bin/clang-tidy" "-j" "2")
set_tests_properties([=[lint-tidy]=] PROPERTIES  LABELS "lint" TIMEOUT "1800" _BACKTRACE_TRIPLES "/work/wt-19/test/CMakeLists.txt;118;add_test;/work/wt-19/test/CMakeLists.txt;0;")
