//===- Sources.cpp - Which files a run analyses ---------------------------===//

#include "Sources.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace stacklift {

static Error usage(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

Expected<Shard> Shard::parse(StringRef Spec) {
  auto [Left, Right] = Spec.split('/');
  Shard S;
  if (Left.getAsInteger(10, S.Index) || Right.getAsInteger(10, S.Count) ||
      S.Count == 0 || S.Index == 0 || S.Index > S.Count)
    return usage("invalid --shard '" + Spec +
                 "': expected i/N with 1 <= i <= N, e.g. 2/4");
  return S;
}

static std::string absolute(StringRef Path) {
  SmallString<256> Abs(Path);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

Expected<std::vector<std::string>>
selectSources(const clang::tooling::CompilationDatabase &Database,
              const std::vector<std::string> &Paths, Shard Part) {
  std::vector<std::string> InDatabase;
  for (const std::string &File : Database.getAllFiles())
    InDatabase.push_back(absolute(File));

  std::vector<std::string> Selected;
  if (Paths.empty())
    Selected = InDatabase;
  for (const std::string &Path : Paths) {
    if (sys::fs::is_directory(Path)) {
      std::string Dir = absolute(Path);
      if (!StringRef(Dir).ends_with("/"))
        Dir += '/';
      size_t Before = Selected.size();
      for (const std::string &File : InDatabase)
        if (StringRef(File).starts_with(Dir))
          Selected.push_back(File);
      if (Selected.size() == Before)
        return usage("no file of the compilation database is under '" + Path +
                     "'");
      continue;
    }
    if (!sys::fs::is_regular_file(Path))
      return usage("no such file: " + Path);
    Selected.push_back(absolute(Path));
  }
  llvm::sort(Selected);
  Selected.erase(std::unique(Selected.begin(), Selected.end()), Selected.end());
  if (Selected.empty())
    return usage("no input files; usage: stacklift [options] <source "
                 "files...> [-- <compiler arguments>], or -p <build dir> "
                 "for every file of its compile_commands.json");
  std::vector<std::string> Mine;
  for (size_t I = 0; I < Selected.size(); ++I)
    if (I % Part.Count == Part.Index - 1)
      Mine.push_back(std::move(Selected[I]));
  return Mine;
}

} // namespace stacklift
