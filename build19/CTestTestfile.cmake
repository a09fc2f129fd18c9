# CMake generated Testfile for 
# Source directory: /work/wt-19
# Build directory: /work/wt-19/build19
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("src")
subdirs("test")
