//===- StdNames.h - Is a declaration the standard library's? ----*- C++ -*-===//
//
// The one answer to "is this declared by the standard library": a
// declaration anywhere inside the namespace std at the top of the
// translation unit. Libraries version their names with inline namespaces
// (libc++'s std::__1, libstdc++'s std::__cxx11 and std::__debug) and put
// parts in nested namespaces (std::ranges::views::iota, std::chrono); a
// member of a class of std (std::vector<int>::push_back) is std's as well.
//
// Callers that want one particular name ask isStdName(D, "vector"), which
// adds the name to the same test. Not std: a namespace named std inside
// another namespace (`namespace app { namespace std {} }`), and ::stdx.
//
//===----------------------------------------------------------------------===//

#ifndef STACKLIFT_SUPPORT_STDNAMES_H
#define STACKLIFT_SUPPORT_STDNAMES_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/StringRef.h"

namespace stacklift {

/// True when \p D is declared inside namespace std: directly or through its
/// inline namespaces (std::__1, std::__cxx11), in a namespace nested in it
/// (std::ranges::views), or inside a class or function declared there,
/// however deep; `extern "C++" { }` blocks are looked through. False for a
/// null \p D and for namespace std itself.
bool isInStd(const clang::Decl *D);

/// True when \p D is one of the names std declares for the classic library
/// interface: declared in namespace std itself or one of its inline
/// namespaces (std::__1, std::__cxx11), or a member of a class declared
/// there (std::vector<int>::push_back). False for the nested namespaces
/// (std::ranges::copy, std::chrono, std::__detail) and for null: a model of
/// std::copy(first, last, out) must not be applied to
/// std::ranges::copy(range, out), whose arguments differ.
bool isStdTopLevel(const clang::Decl *D);

/// True when \p D is named by the identifier \p Name and isInStd(D):
/// isStdName(F, "move") holds for std::move and std::__1::move, not for a
/// ::move of the program's own. False for a null \p D.
bool isStdName(const clang::NamedDecl *D, llvm::StringRef Name);

} // namespace stacklift

#endif // STACKLIFT_SUPPORT_STDNAMES_H
