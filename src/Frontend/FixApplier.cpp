//===- FixApplier.cpp - Writes fix-its into files -------------------------===//

#include "FixApplier.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA1.h"
#include <optional>
#include <set>
#include <tuple>

using namespace llvm;

namespace stacklift {

std::string contentHash(StringRef Content) {
  return toHex(SHA1::hash(arrayRefFromStringRef(Content)),
               /*LowerCase=*/true);
}

Error writeFileAtomically(StringRef Path, StringRef Content) {
  // Through a symbolic link to the file it names: replacing the link by a
  // regular file would leave the target unchanged.
  SmallString<256> Target(Path);
  if (sys::fs::exists(Path))
    if (std::error_code EC = sys::fs::real_path(Path, Target))
      return createStringError(EC, "cannot resolve %s: %s", Path.str().c_str(),
                               EC.message().c_str());
  // A new file gets the umask's permissions; an existing one keeps its own,
  // and its owner and group.
  sys::fs::file_status Status;
  bool Existed = !sys::fs::status(Target, Status);
  SmallString<256> Model(Target);
  Model += ".stacklift-%%%%%%";
  int FD = -1;
  SmallString<256> TempPath;
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, TempPath))
    return errorCodeToError(EC);
  auto Fail = [&](std::error_code EC, const Twine &What) {
    sys::fs::remove(TempPath);
    return createStringError(EC, What + ": " + EC.message());
  };
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    if (Existed) {
      sys::fs::file_status Temp;
      if (std::error_code EC = sys::fs::status(FD, Temp)) {
        OS.close();
        return Fail(EC, "cannot read the status of " + TempPath);
      }
      // Owner first: changing it may clear set-user-ID bits.
      if (Temp.getUser() != Status.getUser() ||
          Temp.getGroup() != Status.getGroup())
        if (std::error_code EC = sys::fs::changeFileOwnership(
                FD, Status.getUser(), Status.getGroup())) {
          OS.close();
          return Fail(EC, "cannot give the new file the owner and group of "
                          "the old one (" +
                              Twine(Status.getUser()) + ":" +
                              Twine(Status.getGroup()) + ")");
        }
      if (std::error_code EC =
              sys::fs::setPermissions(FD, Status.permissions())) {
        OS.close();
        return Fail(EC, "cannot give the new file the permissions of the old "
                        "one");
      }
    }
    OS << Content;
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      return Fail(EC, "cannot write " + TempPath);
    }
  }
  if (std::error_code EC = sys::fs::rename(TempPath, Target))
    return Fail(EC, "cannot rename " + TempPath + " to " + Target);
  return Error::success();
}

namespace {

/// One file on disk and the paths that name it.
struct FileGroup {
  sys::fs::UniqueID ID;
  std::vector<std::string> Paths;
};

using Edit = std::tuple<unsigned, unsigned, std::string>;

Edit editOf(const clang::tooling::Replacement &R) {
  return {R.getOffset(), R.getLength(), R.getReplacementText().str()};
}

/// An open, locked file; unlocked and closed on destruction.
class LockedFile {
public:
  ~LockedFile() {
    if (FD < 0)
      return;
    if (Locked)
      sys::fs::unlockFile(FD);
    sys::fs::closeFile(FD);
  }
  int FD = -1;
  bool Locked = false;
};

} // namespace

/// Checks that \p Path, opened and locked as \p File, is still the file and
/// the content that were analysed, and returns that content.
static Expected<std::unique_ptr<MemoryBuffer>>
readIfUnchanged(StringRef Path, const sys::fs::UniqueID &ID, StringRef Hash,
                LockedFile &File) {
  auto Changed = [&] {
    return createStringError(
        inconvertibleErrorCode(),
        "it changed after stacklift read it (another process, or another "
        "stacklift run, wrote it); run stacklift again");
  };
  if (std::error_code EC = sys::fs::openFileForReadWrite(
          Path, File.FD, sys::fs::CD_OpenExisting, sys::fs::OF_None))
    return createStringError(EC, "cannot open it: " + EC.message());
  // Another stacklift run fixing the same file holds this lock while it
  // checks and replaces it; when it lets go, the file has changed and the
  // check below refuses it. Programs that do not lock are caught by the
  // same check, except in the moment between it and the rename.
  std::error_code EC = sys::fs::tryLockFile(File.FD, std::chrono::seconds(10));
  if (EC == errc::no_lock_available)
    return createStringError(EC, "another process holds a lock on it");
  File.Locked = !EC; // Without locks (some network file systems): go on.
  sys::fs::file_status Opened;
  sys::fs::UniqueID Now;
  if (sys::fs::status(File.FD, Opened) || sys::fs::getUniqueID(Path, Now) ||
      Opened.getUniqueID() != ID || Now != ID)
    return Changed(); // Replaced by another file since it was analysed.
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getOpenFile(
      File.FD, Path, /*FileSize=*/-1, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return createStringError(Buffer.getError(),
                             "cannot read it: " + Buffer.getError().message());
  if (Hash.empty() || contentHash((*Buffer)->getBuffer()) != Hash)
    return Changed();
  return std::move(*Buffer);
}

using ReplacementsByFile = std::map<std::string, clang::tooling::Replacements>;

/// Paths that name one file on disk are one file: its fixes are applied
/// once, whatever path each unit reached it by.
static std::vector<FileGroup> groupByFile(const ReplacementsByFile &ByFile,
                                          raw_ostream &Log, unsigned &Failed) {
  std::vector<FileGroup> Groups;
  for (const auto &[Path, Reps] : ByFile) {
    if (Reps.empty())
      continue;
    sys::fs::UniqueID ID;
    if (std::error_code EC = sys::fs::getUniqueID(Path, ID)) {
      Log << "error: cannot apply fixes to " << Path << ": " << EC.message()
          << "\n";
      ++Failed;
      continue;
    }
    auto Same =
        llvm::find_if(Groups, [&](const FileGroup &G) { return G.ID == ID; });
    if (Same == Groups.end())
      Groups.push_back({ID, {Path}});
    else
      Same->Paths.push_back(Path);
  }
  return Groups;
}

/// What each path's units read must be one content, and their fixes must
/// agree: the first path's, which every other path's repeat. Returns the
/// hash of that content, or std::nullopt when they do not agree.
static std::optional<std::string>
agreedContent(const FileGroup &Group, const ReplacementsByFile &ByFile,
              const std::map<std::string, std::string> &Analysed) {
  const std::string &Path = Group.Paths.front();
  std::string AnalysedHash;
  bool Agree = true;
  std::set<Edit> Edits;
  for (const clang::tooling::Replacement &R : ByFile.at(Path))
    Edits.insert(editOf(R));
  for (const std::string &P : Group.Paths) {
    auto Found = Analysed.find(P);
    std::string Hash = Found == Analysed.end() ? "" : Found->second;
    if (P == Path)
      AnalysedHash = Hash;
    Agree &= !Hash.empty() && Hash == AnalysedHash;
    for (const clang::tooling::Replacement &R : ByFile.at(P))
      Agree &= Edits.count(editOf(R)) != 0;
  }
  if (!Agree)
    return std::nullopt;
  return AnalysedHash;
}

/// Resolves \p Path to the file that will be replaced, when replacing it is
/// allowed; else says why not (one line, without the "error: " prefix).
static Expected<std::string> replaceableFile(StringRef Path) {
  auto Refuse = [&](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             "not fixing " + Path + ": " + Why);
  };
  SmallString<256> Real;
  if (std::error_code EC = sys::fs::real_path(Path, Real))
    return Refuse("cannot resolve it: " + EC.message());
  sys::fs::file_status Status;
  if (std::error_code EC = sys::fs::status(Real, Status))
    return Refuse("cannot read its status: " + EC.message());
  // Mode bits, not access(2): root may write anything, but a file made
  // read-only was made so on purpose.
  if ((Status.permissions() & sys::fs::all_write) == 0 ||
      sys::fs::access(Real, sys::fs::AccessMode::Write))
    return createStringError(inconvertibleErrorCode(),
                             "cannot apply fixes to " + Path +
                                 ": the file is read-only");
  if (Status.getLinkCount() > 1)
    return Refuse("it has " + Twine(Status.getLinkCount()) +
                  " hard links, which replacing it would split; apply the "
                  "fixes with --export-fixes and clang-apply-replacements "
                  "instead");
  return std::string(Real);
}

/// Applies the fixes of one file; false after an error, which it logged.
static bool applyToFile(const FileGroup &Group,
                        const ReplacementsByFile &ByFile,
                        const std::map<std::string, std::string> &Analysed,
                        const StringSet<> &Skip, raw_ostream &Log) {
  const std::string &Path = Group.Paths.front();
  auto Refuse = [&](const Twine &Why) {
    Log << "error: not fixing " << Path << ": " << Why << "\n";
    return false;
  };
  if (llvm::any_of(Group.Paths,
                   [&](const std::string &P) { return Skip.contains(P); })) {
    Log << "stacklift: not fixing " << Path << ": it did not compile cleanly\n";
    return false;
  }
  std::optional<std::string> AnalysedHash =
      agreedContent(Group, ByFile, Analysed);
  if (!AnalysedHash) {
    if (Group.Paths.size() == 1)
      return Refuse("the files that include it read different contents of "
                    "it: it changed during the run");
    return Refuse("it is one file under several paths (" +
                  join(Group.Paths, ", ") +
                  "), and the analyses through them read different contents "
                  "or made different fixes");
  }
  Expected<std::string> Real = replaceableFile(Path);
  if (!Real) {
    Log << "error: " << toString(Real.takeError()) << "\n";
    return false;
  }
  LockedFile File;
  Expected<std::unique_ptr<MemoryBuffer>> Buffer =
      readIfUnchanged(*Real, Group.ID, *AnalysedHash, File);
  if (!Buffer)
    return Refuse(toString(Buffer.takeError()));
  const clang::tooling::Replacements &Fixes = ByFile.at(Path);
  Expected<std::string> Fixed =
      clang::tooling::applyAllReplacements((*Buffer)->getBuffer(), Fixes);
  if (!Fixed) {
    Log << "error: cannot apply fixes to " << Path << ": "
        << toString(Fixed.takeError()) << "\n";
    return false;
  }
  if (Error E = writeFileAtomically(*Real, *Fixed)) {
    Log << "error: cannot write " << Path << ": " << toString(std::move(E))
        << "\n";
    return false;
  }
  Log << "stacklift: applied " << Fixes.size() << " fix"
      << (Fixes.size() == 1 ? "" : "es") << " to " << Path << "\n";
  return true;
}

unsigned applyFixes(const ReplacementsByFile &ByFile,
                    const std::map<std::string, std::string> &Analysed,
                    const StringSet<> &Skip, raw_ostream &Log) {
  unsigned Failed = 0;
  for (const FileGroup &Group : groupByFile(ByFile, Log, Failed))
    Failed += !applyToFile(Group, ByFile, Analysed, Skip, Log);
  return Failed;
}

} // namespace stacklift
