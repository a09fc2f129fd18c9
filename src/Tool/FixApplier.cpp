//===- FixApplier.cpp - Writes fix-its into files -------------------------===//

#include "FixApplier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <optional>

using namespace llvm;

namespace stacklift {

Error writeFileAtomically(StringRef Path, StringRef Content) {
  // A new file gets the umask's permissions; an existing one keeps its own.
  sys::fs::file_status Status;
  std::optional<sys::fs::perms> Perms;
  if (!sys::fs::status(Path, Status))
    Perms = Status.permissions();
  SmallString<256> Model(Path);
  Model += ".stacklift-%%%%%%";
  int FD = -1;
  SmallString<256> TempPath;
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, TempPath))
    return errorCodeToError(EC);
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Content;
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      sys::fs::remove(TempPath);
      return errorCodeToError(EC);
    }
  }
  if (Perms)
    if (std::error_code EC = sys::fs::setPermissions(TempPath, *Perms)) {
      sys::fs::remove(TempPath);
      return errorCodeToError(EC);
    }
  if (std::error_code EC = sys::fs::rename(TempPath, Path)) {
    sys::fs::remove(TempPath);
    return errorCodeToError(EC);
  }
  return Error::success();
}

unsigned applyFixes(
    const std::map<std::string, clang::tooling::Replacements> &ByFile,
    const StringSet<> &Skip, raw_ostream &Log) {
  unsigned Failed = 0;
  for (const auto &[Path, Reps] : ByFile) {
    if (Reps.empty())
      continue;
    if (Skip.contains(Path)) {
      Log << "stacklift: not fixing " << Path
          << ": it did not compile cleanly\n";
      ++Failed;
      continue;
    }
    // Mode bits, not access(2): root may write anything, but a file made
    // read-only was made so on purpose.
    ErrorOr<sys::fs::perms> Perms = sys::fs::getPermissions(Path);
    if (!Perms || (*Perms & sys::fs::all_write) == 0 ||
        sys::fs::access(Path, sys::fs::AccessMode::Write)) {
      Log << "error: cannot apply fixes to " << Path
          << ": the file is read-only\n";
      ++Failed;
      continue;
    }
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
    if (!Buffer) {
      Log << "error: cannot read " << Path << ": "
          << Buffer.getError().message() << "\n";
      ++Failed;
      continue;
    }
    Expected<std::string> Fixed =
        clang::tooling::applyAllReplacements((*Buffer)->getBuffer(), Reps);
    if (!Fixed) {
      Log << "error: cannot apply fixes to " << Path << ": "
          << toString(Fixed.takeError()) << "\n";
      ++Failed;
      continue;
    }
    if (Error E = writeFileAtomically(Path, *Fixed)) {
      Log << "error: cannot write " << Path << ": " << toString(std::move(E))
          << "\n";
      ++Failed;
      continue;
    }
    Log << "stacklift: applied " << Reps.size() << " fix"
        << (Reps.size() == 1 ? "" : "es") << " to " << Path << "\n";
  }
  return Failed;
}

} // namespace stacklift
