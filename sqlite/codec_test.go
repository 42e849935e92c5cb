package sqlite

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/dossierhq/dossier"
)

// fill sets every field of v, recursively, to a random non-zero value, so
// a field added to a layer type and forgotten by the codec fails the round
// trip. Spans stay inside a text of textLen bytes.
func fill(r *rand.Rand, v reflect.Value, textLen int) {
	if v.Type() == reflect.TypeOf(dossier.Span{}) {
		a, b := r.IntN(textLen), r.IntN(textLen)
		if a > b {
			a, b = b, a
		}
		v.Set(reflect.ValueOf(dossier.Span{Start: a, End: b + 1}))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(strings.Repeat("x", r.IntN(5)) + "é" + string(rune('a'+r.IntN(26))))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(r.IntN(1000) - 500))
	case reflect.Float64:
		v.SetFloat([]float64{2.7e6, 0.1, -3, 1e-300, math.MaxFloat64, 42}[r.IntN(6)])
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), textLen)
		v.Set(p)
	case reflect.Slice:
		n := 1 + r.IntN(3)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			fill(r, s.Index(i), textLen)
		}
		v.Set(s)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), textLen)
			}
		}
	default:
		panic("fill: no rule for " + v.Type().String())
	}
}

func TestCodecEveryField(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	text := strings.Repeat("Officials said 300 were killed. ", 40)
	for round := 0; round < 20; round++ {
		var a dossier.Analysis
		for _, name := range []string{"Sentences", "Tokens", "Times", "Quantities", "Quotes", "Attributions", "Entities", "Claims"} {
			fill(r, reflect.ValueOf(&a).Elem().FieldByName(name), len(text))
		}
		e := encoder{text: len(text)}
		e.layers(&a)
		if e.err != nil {
			t.Fatal(e.err)
		}
		var got dossier.Analysis
		d := newDecoder(e.b)
		if err := d.layers(&got); err != nil {
			t.Fatal(err)
		}
		if len(d.b) != 0 {
			t.Errorf("layers decode left %d bytes", len(d.b))
		}
		for _, name := range []string{"Sentences", "Tokens", "Times", "Quantities", "Quotes", "Attributions"} {
			g, w := reflect.ValueOf(got).FieldByName(name).Interface(), reflect.ValueOf(a).FieldByName(name).Interface()
			if !reflect.DeepEqual(g, w) {
				t.Errorf("layers round trip of %s =\n%+v\nwant\n%+v", name, g, w)
			}
		}

		ents := encoder{text: len(text)}
		ents.entities(a.Entities, text)
		var texts []string
		d = newDecoder(ents.b)
		gotEnts, err := d.entities(&texts)
		if err != nil || !reflect.DeepEqual(gotEnts, a.Entities) {
			t.Errorf("entities round trip = %+v, %v; want %+v", gotEnts, err, a.Entities)
		}
		for i, x := range a.Entities {
			if texts[i] != x.Span.Text(text) {
				t.Errorf("entity %d text = %q, want %q", i, texts[i], x.Span.Text(text))
			}
		}

		for i := range a.Claims {
			c := &a.Claims[i]
			var ct dossier.ClaimText
			fill(r, reflect.ValueOf(&ct).Elem(), len(text))
			ct.Sources = ct.Sources[:0]
			for _, s := range c.Sources {
				ct.Sources = append(ct.Sources, dossier.SourceText{Role: s.Role, Text: "t" + s.Entity, Name: "n" + s.Entity})
			}
			e := encoder{text: len(text)}
			e.claim(c, &ct)
			var gc dossier.Claim
			var gt dossier.ClaimText
			d := newDecoder(e.b)
			if err := d.claim(&gc, &gt); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(gc, *c) {
				t.Errorf("claim round trip =\n%+v\nwant\n%+v", gc, *c)
			}
			if !reflect.DeepEqual(gt, ct) {
				t.Errorf("claim text round trip =\n%+v\nwant\n%+v", gt, ct)
			}
		}

		var f dossier.Figure
		fill(r, reflect.ValueOf(&f).Elem(), len(text))
		fe := encoder{}
		fe.figure(&f)
		var gf dossier.Figure
		d = newDecoder(fe.b)
		if err := d.figure(&gf); err != nil || !reflect.DeepEqual(gf, f) {
			t.Errorf("figure round trip = %+v, %v; want %+v", gf, err, f)
		}
	}
}

// TestCodecCorrupt feeds truncated blobs to the decoders: they must fail,
// never panic.
func TestCodecCorrupt(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	text := strings.Repeat("A text of some length. ", 20)
	var a dossier.Analysis
	for _, name := range []string{"Sentences", "Tokens", "Times", "Quantities", "Quotes", "Attributions", "Claims"} {
		fill(r, reflect.ValueOf(&a).Elem().FieldByName(name), len(text))
	}
	e := encoder{text: len(text)}
	e.layers(&a)
	ce := encoder{text: len(text)}
	ce.claim(&a.Claims[0], &dossier.ClaimText{})
	for n := 0; n < len(e.b); n++ {
		var got dossier.Analysis
		d := newDecoder(e.b[:n])
		if err := d.layers(&got); err == nil {
			t.Errorf("layers decode of %d of %d bytes: no error", n, len(e.b))
		}
	}
	for n := 0; n < len(ce.b); n++ {
		var c dossier.Claim
		d := newDecoder(ce.b[:n])
		if err := d.claim(&c, &dossier.ClaimText{}); err == nil {
			t.Errorf("claim decode of %d of %d bytes: no error", n, len(ce.b))
		}
	}
}
