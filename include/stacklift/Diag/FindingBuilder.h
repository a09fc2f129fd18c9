//===- FindingBuilder.h - Analysis results into a finding -------*- C++ -*-===//
//
// Turns the analyses' answers and the chosen remedy into a Finding: the
// message, the notes at the witnesses, and the fix-its, built from source
// text. No fix-it is offered where the loop comes from a macro or where a new
// statement before it would change the meaning of the code.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_DIAG_FINDINGBUILDER_H
#define STACKLIFT_DIAG_FINDINGBUILDER_H

#include "stacklift/Analysis/Escape/EscapeAnalysis.h"
#include "stacklift/Analysis/Index/FunctionIndex.h"
#include "stacklift/Analysis/TripCount/TripCount.h"
#include "stacklift/Diag/Finding.h"
#include "stacklift/Remedy/RemedyPolicy.h"
#include "stacklift/Remedy/TypeCompatibility.h"
#include "clang/AST/ExprCXX.h"
#include <optional>

namespace stacklift {

/// Everything known about one (vector, loop) pair.
struct GrowthSite {
  const clang::VarDecl *Vector = nullptr;
  const clang::Stmt *Loop = nullptr;
  /// The first growth call of Vector in Loop; the finding is placed there.
  const clang::CXXMemberCallExpr *GrowthCall = nullptr;
  /// True unless the vector is provably empty when the loop starts.
  bool MayBeNonEmpty = true;
  /// Growth calls of Vector after Loop and outside any loop (the closing
  /// `v.push_back(sentinel)`): the reserve makes room for them too, or the
  /// first of them would reallocate an exactly full vector.
  unsigned TrailingGrowth = 0;
};

/// How to write a type-changing remedy: `Template<T, Capacity>`, with
/// Header included as IncludeStyle orders includes.
struct TypeChangePlan {
  std::string Template;
  std::string Header;
  uint64_t Capacity = 0;
  std::string IncludeStyle = "llvm";
  /// Set for a std::array filled by index: the loop's index, which replaces
  /// `v.push_back(x)` with `v[index] = x`.
  std::string ArrayIndex;
  /// Set when the vector is compared with this other local vector, which
  /// changes to the same type: the note's fix-its change both
  /// declarations, unless FixOnPartner says that the partner's finding
  /// carries them (then this note has none, and names the partner).
  const clang::VarDecl *ComparedWith = nullptr;
  bool FixOnPartner = false;
  /// Set for rule P8: the `return v;` statements that become
  /// `return std::vector<T>(v.begin(), v.end());`, one copy at the exact
  /// size into the type the function returns; with MoveElements, through
  /// std::make_move_iterator, whose header MoveHeader is added (empty: the
  /// unit adds it already).
  std::vector<const clang::ReturnStmt *> ReturnsCopied;
  bool MoveElements = false;
  std::string MoveHeader;
};

/// The finding for \p Site, or std::nullopt when \p Remedy is None. A
/// fixed-capacity or inline-buffer remedy needs \p Plan; its fix-it rides
/// on a note at the declaration. \p Blocked, when set, is the use that kept
/// a vector that could live on the stack from changing its type: a note
/// points at it. \p Fn indexes the function that declares the vector.
std::optional<Finding>
buildFinding(const GrowthSite &Site, const TripCount &Count,
             const EscapeResult &Escape, const RemedyDecision &Remedy,
             const FunctionIndex &Fn, const TypeChangePlan *Plan = nullptr,
             const CompatibilityResult *Blocked = nullptr);

/// The statement that reserves \p Count elements in \p Vector, and \p Extra
/// more, including its guard, e.g. `if (0 < n) v.reserve(n + 1);`. A count
/// that may be signed is converted to \p SizeType, the vector's size_type
/// as the fix can spell it (`std::size_t`); empty means
/// `decltype(v)::size_type`.
std::string reserveStatement(llvm::StringRef Vector, const TripCount &Count,
                             bool MayBeNonEmpty, unsigned Extra = 0,
                             llvm::StringRef SizeType = "");

/// How a fix-it spells the size_type of \p Vector's type: `std::size_t` for
/// a std::vector with std::allocator, else `decltype(v)::size_type`.
std::string sizeTypeSpelling(const clang::VarDecl &Vector);

/// The note that explains \p Escape for the vector named \p Vector.
std::string escapeNote(llvm::StringRef Vector, const EscapeResult &Escape);

} // namespace stacklift

#endif // STACKLIFT_DIAG_FINDINGBUILDER_H
