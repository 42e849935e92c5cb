package perceptron

// Features are 64-bit hashes. A feature is usually built from a template
// constant and one or more per-token "atoms" (the hash of the word, its
// lowercase form, its suffix …), so the bytes of a word are hashed once per
// token and every feature that uses it costs one Mix.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Seed is the starting value of a byte hash.
const Seed uint64 = fnvOffset

// HashString continues the FNV-1a hash h over the bytes of s.
func HashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashByte continues the FNV-1a hash h over one byte.
func HashByte(h uint64, b byte) uint64 {
	h ^= uint64(b)
	return h * fnvPrime
}

// HashLower continues the FNV-1a hash h over the bytes of s with ASCII
// letters folded to lower case.
func HashLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// Mix combines a hash with another value; Mix(Mix(t, a), b) is the feature
// "template t with atoms a and b". It is not commutative.
func Mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 32
	h *= 0xD6E8FEB86659FD93
	h ^= h >> 32
	return h
}
