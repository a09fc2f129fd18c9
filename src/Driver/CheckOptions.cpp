//===- CheckOptions.cpp - Options of stacklift-vector-growth --------------===//

#include "stacklift/Driver/CheckOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace stacklift {

std::optional<bool> parseBool(llvm::StringRef Value) {
  Value = Value.trim();
  if (Value.equals_insensitive("true") || Value == "1")
    return true;
  if (Value.equals_insensitive("false") || Value == "0")
    return false;
  return std::nullopt;
}

static llvm::Error invalidValue(llvm::StringRef Name, llvm::StringRef Value,
                                llvm::StringRef Expected) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "invalid value '%s' for option '%s.%s'; expected %s", Value.str().c_str(),
      CheckName.data(), Name.str().c_str(), Expected.str().c_str());
}

llvm::Expected<CheckOptions> parseCheckOptions(const OptionLookup &Lookup) {
  CheckOptions Opts;
  if (std::optional<std::string> Classes =
          Lookup(option::VectorLikeClasses)) {
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(*Classes).split(Parts, ';', /*MaxSplit=*/-1,
                                    /*KeepEmpty=*/false);
    Opts.VectorLikeClasses.clear();
    for (llvm::StringRef Part : Parts)
      if (!Part.trim().empty())
        Opts.VectorLikeClasses.push_back(Part.trim().str());
    if (Opts.VectorLikeClasses.empty())
      return invalidValue(option::VectorLikeClasses, *Classes,
                          "a ';'-separated list of class names");
  }
  if (std::optional<std::string> Value = Lookup(option::EnableReserve)) {
    std::optional<bool> B = parseBool(*Value);
    if (!B)
      return invalidValue(option::EnableReserve, *Value, "true or false");
    Opts.EnableReserve = *B;
  }
  return Opts;
}

std::vector<std::pair<std::string, std::string>>
CheckOptions::toStrings() const {
  return {{option::VectorLikeClasses.str(),
           llvm::join(VectorLikeClasses, ";")},
          {option::EnableReserve.str(), EnableReserve ? "true" : "false"}};
}

} // namespace stacklift
