// Command aisprobe calls a live AIS cluster through the Go client that oapi-codegen generates
// from spec/aistore.yaml, and checks every answer (status and decoded body): the spec serves Go
// in fact, not only on paper.
//
//	AIS_ENDPOINT=http://127.0.0.1:8080 aisprobe [--bucket-prefix PREFIX]
//
// Always (read-only): health, get_cluster_map (smap), list_buckets.
// With --bucket-prefix it also writes, on two buckets of its own named PREFIX<random>-{src,dst}:
// bucket_action create-bck, list_buckets (finds it), put_object, head_object, get_object,
// list_objects, bucket_action copy-bck (a job) + query_cluster what=status until it finishes,
// delete_object (+ head_object -> 404), delete_bucket destroy-bck (+ list_buckets: gone).
// The buckets are destroyed even when a step fails.
//
// Prints one JSON line {"lang": "go", "ops": [...], ...} and exits 0, or prints the failure and exits 1.
//
// Redirects: the proxy answers object requests with 307 (PUT/HEAD/DELETE) or 301 (GET) to the
// owning target. Go's http.Client follows them itself, and re-sends a PUT body on a 307 because the
// body is a *bytes.Reader (http.NewRequest sets GetBody for it). The probe checks that the final
// request went to a target, not to the proxy, so a PUT that silently sent no data cannot pass.
package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"

	"aisclient/portability/aisapi"
)

type probe struct {
	ctx      context.Context
	c        *aisapi.ClientWithResponses
	endpoint *url.URL
	ops      []string
	summary  map[string]any
}

type failure struct{ msg string }

func (p *probe) fail(format string, args ...any) {
	panic(failure{fmt.Sprintf(format, args...)})
}

func (p *probe) done(op string) { p.ops = append(p.ops, op) }

var ais = aisapi.Provider("ais")

func main() {
	prefix := flag.String("bucket-prefix", "", "write too: create (and destroy) buckets named PREFIX<random>-*")
	flag.Parse()
	endpoint := os.Getenv("AIS_ENDPOINT")
	if endpoint == "" {
		fmt.Fprintln(os.Stderr, "aisprobe (go): AIS_ENDPOINT is not set")
		os.Exit(1)
	}
	ep, err := url.Parse(endpoint)
	if err != nil {
		fmt.Fprintf(os.Stderr, "aisprobe (go): AIS_ENDPOINT: %v\n", err)
		os.Exit(1)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	c, err := aisapi.NewClientWithResponses(endpoint, aisapi.WithHTTPClient(&http.Client{Timeout: 30 * time.Second}))
	if err != nil {
		fmt.Fprintf(os.Stderr, "aisprobe (go): client: %v\n", err)
		os.Exit(1)
	}
	p := &probe{ctx: ctx, c: c, endpoint: ep, summary: map[string]any{"lang": "go"}}
	ok := p.run(*prefix)
	if !ok {
		os.Exit(1)
	}
	p.summary["ops"] = p.ops
	out, _ := json.Marshal(p.summary)
	fmt.Println(string(out))
}

// run executes the steps; a failure (panic(failure)) is reported, and the buckets are destroyed.
func (p *probe) run(prefix string) (ok bool) {
	var created []string
	defer func() {
		if r := recover(); r != nil {
			f, isFailure := r.(failure)
			if !isFailure {
				panic(r)
			}
			fmt.Fprintf(os.Stderr, "aisprobe (go): %s (ops done: %v)\n", f.msg, p.ops)
			for _, b := range created { // best effort; the test also checks for leftovers
				_, _ = p.destroy(context.Background(), b)
			}
			ok = false
		}
	}()
	p.health()
	p.clusterMap()
	p.listBuckets("", true)
	if prefix != "" {
		suffix := make([]byte, 4)
		_, _ = rand.Read(suffix)
		src := prefix + hex.EncodeToString(suffix) + "-src"
		dst := prefix + hex.EncodeToString(suffix) + "-dst"
		created = []string{src, dst}
		p.writeCycle(src, dst)
		created = nil
	}
	return true
}

func (p *probe) health() {
	h, err := p.c.HealthWithResponse(p.ctx, &aisapi.HealthParams{})
	if err != nil {
		p.fail("health: %v", err)
	}
	if h.StatusCode() != http.StatusOK || len(h.Body) != 0 {
		p.fail("health: status %d, body %q (want 200, empty)", h.StatusCode(), h.Body)
	}
	prr := true
	h, err = p.c.HealthWithResponse(p.ctx, &aisapi.HealthParams{Prr: &prr})
	if err != nil || h.StatusCode() != http.StatusOK {
		p.fail("health(prr=true): %v status %d body %q", err, statusOf(h), bodyOf(h))
	}
	p.done("health")
}

func (p *probe) clusterMap() {
	sm, err := p.c.GetClusterMapWithResponse(p.ctx, &aisapi.GetClusterMapParams{What: aisapi.GetClusterMapParamsWhat("smap")})
	if err != nil {
		p.fail("get_cluster_map: %v", err)
	}
	if sm.StatusCode() != http.StatusOK || !strings.HasPrefix(sm.HTTPResponse.Header.Get("Content-Type"), "application/json") {
		p.fail("get_cluster_map: status %d, Content-Type %q, body %q", sm.StatusCode(), sm.HTTPResponse.Header.Get("Content-Type"), sm.Body)
	}
	// The 200 is a union over `what` (its Go shape changes as the spec grows): decode the body
	// into the generated Smap, strictly.
	var smap aisapi.Smap
	if err := json.Unmarshal(sm.Body, &smap); err != nil {
		p.fail("get_cluster_map: body is not an Smap: %v", err)
	}
	if smap.ProxySi.DaemonType != "proxy" {
		p.fail("smap: proxy_si.daemon_type = %q", smap.ProxySi.DaemonType)
	}
	if _, ok := smap.Pmap[smap.ProxySi.DaemonId]; !ok {
		p.fail("smap: primary %q not in pmap", smap.ProxySi.DaemonId)
	}
	if len(smap.Tmap) == 0 {
		p.fail("smap: no targets")
	}
	for id, t := range smap.Tmap {
		if t.DaemonId != id || t.DaemonType != "target" || t.PublicNet.DirectUrl == nil || *t.PublicNet.DirectUrl == "" {
			p.fail("smap: bad target entry %q: %+v", id, t)
		}
	}
	version, err := strconv.ParseUint(smap.Version, 10, 64)
	if err != nil || version == 0 {
		p.fail("smap: version %q is not a positive decimal string", smap.Version)
	}
	p.summary["smap_version"] = version
	p.summary["proxies"] = len(smap.Pmap)
	p.summary["targets"] = len(smap.Tmap)
	p.done("get_cluster_map")
}

// listBuckets lists the ais buckets (JSON null when there are none); `name` must be listed
// (present=true) or not (present=false).
func (p *probe) listBuckets(name string, present bool) {
	// Without a body: the body-taking form is the summary (summary-bck) or a list by ActMsg.
	lb, err := p.c.ListBucketsWithBodyWithResponse(p.ctx, &aisapi.ListBucketsParams{Provider: &ais}, "", nil)
	if err != nil {
		p.fail("list_buckets: %v", err)
	}
	if lb.StatusCode() != http.StatusOK {
		p.fail("list_buckets: status %d, body %q", lb.StatusCode(), lb.Body)
	}
	var buckets []aisapi.Bck
	if lb.JSON200 != nil {
		buckets = *lb.JSON200
	} else if strings.TrimSpace(string(lb.Body)) != "null" {
		p.fail("list_buckets: body %q is neither a list nor null", lb.Body)
	}
	found := false
	for _, b := range buckets {
		if b.Provider != "ais" {
			p.fail("list_buckets(provider=ais): bucket %q has provider %q", b.Name, b.Provider)
		}
		found = found || b.Name == name
	}
	if name != "" && found != present {
		p.fail("list_buckets: %q listed=%v among %d buckets, want %v", name, found, len(buckets), present)
	}
	p.summary["buckets"] = len(buckets)
	p.done("list_buckets")
}

// Union request bodies: oapi-codegen builds the oneOf with generated helpers on XxxJSONBody
// (FromDestroyBucketMsg, ...), but declares XxxJSONRequestBody as a *defined* type of it, which loses
// the union's MarshalJSON: passed to XxxWithResponse it would be sent as `{}` (checked with the pinned
// v2.8.2; oapi-codegen/oapi-codegen#2498, fixed by PR #2501). So the probe marshals
// the generated union itself and sends it through the generated XxxWithBodyWithResponse.
func unionJSON(p *probe, what string, u json.Marshaler) *bytes.Reader {
	b, err := u.MarshalJSON()
	if err != nil {
		p.fail("%s body: %v", what, err)
	}
	return bytes.NewReader(b)
}

// jsonBody marshals a generated request type (plain struct; unions go through unionJSON).
func jsonBody(p *probe, what string, v any) *bytes.Reader {
	b, err := json.Marshal(v)
	if err != nil {
		p.fail("%s body: %v", what, err)
	}
	return bytes.NewReader(b)
}

func destroyBody(p *probe) *bytes.Reader {
	var body aisapi.DeleteBucketJSONBody
	if err := body.FromDestroyBucketMsg(aisapi.DestroyBucketMsg{Action: aisapi.DestroyBucketMsgAction("destroy-bck")}); err != nil {
		p.fail("destroy-bck body: %v", err)
	}
	return unionJSON(p, "destroy-bck", body)
}

func (p *probe) destroy(ctx context.Context, b string) (*aisapi.DeleteBucketResponse, error) {
	return p.c.DeleteBucketWithBodyWithResponse(ctx, b, &aisapi.DeleteBucketParams{Provider: &ais}, "application/json", destroyBody(p))
}

// atTarget fails unless the request that got the final answer went to a target (the redirect was
// followed), not to the proxy.
func (p *probe) atTarget(op string, r *http.Response) {
	if r == nil || r.Request == nil || r.Request.URL.Host == p.endpoint.Host {
		p.fail("%s: the answer did not come from a target (redirect not followed)", op)
	}
}

func (p *probe) writeCycle(src, dst string) {
	// 1. create-bck (typed oneOf body).
	var create aisapi.BucketActionJSONBody
	if err := create.FromCreateBucketMsg(aisapi.CreateBucketMsg{Action: aisapi.CreateBucketMsgAction("create-bck")}); err != nil {
		p.fail("create-bck body: %v", err)
	}
	cr, err := p.c.BucketActionWithBodyWithResponse(p.ctx, src, &aisapi.BucketActionParams{Provider: &ais}, "application/json", unionJSON(p, "create-bck", create))
	if err != nil || cr.StatusCode() != http.StatusOK || len(cr.Body) != 0 {
		p.fail("bucket_action create-bck %s: %v status %d body %q (want 200, empty)", src, err, statusOf(cr), bodyOf(cr))
	}
	p.done("create_bucket")

	// 2. list_buckets finds it.
	p.listBuckets(src, true)

	// 3. put_object (307 to a target, followed with the body again).
	name := "dir/hello.txt"
	data := []byte("hello from the oapi-codegen client\n" + src + "\n")
	pr, err := p.c.PutObjectWithBodyWithResponse(p.ctx, src, name, &aisapi.PutObjectParams{Provider: &ais}, "application/octet-stream", bytes.NewReader(data))
	if err != nil || pr.StatusCode() != http.StatusOK {
		p.fail("put_object: %v status %d body %q", err, statusOf(pr), bodyOf(pr))
	}
	p.atTarget("put_object", pr.HTTPResponse)
	p.done("put_object")

	// 4. head_object: size and checksum headers.
	hr, err := p.c.HeadObjectWithResponse(p.ctx, src, name, &aisapi.HeadObjectParams{Provider: &ais})
	if err != nil || hr.StatusCode() != http.StatusOK || hr.Headers200 == nil {
		p.fail("head_object: %v status %d", err, statusOf(hr))
	}
	p.atTarget("head_object", hr.HTTPResponse)
	if hr.HTTPResponse.ContentLength != int64(len(data)) {
		p.fail("head_object: Content-Length %d, want %d", hr.HTTPResponse.ContentLength, len(data))
	}
	h := hr.Headers200
	if h.AisName == nil || *h.AisName != name || h.AisChecksumType == nil || *h.AisChecksumType == "" ||
		h.AisChecksumValue == nil || *h.AisChecksumValue == "" {
		p.fail("head_object: bad headers %+v", hr.HTTPResponse.Header)
	}
	p.done("head_object")

	// 5. get_object (301 to a target, followed): the same bytes and checksum.
	gr, err := p.c.GetObjectWithResponse(p.ctx, src, name, &aisapi.GetObjectParams{Provider: &ais})
	if err != nil || gr.StatusCode() != http.StatusOK {
		p.fail("get_object: %v status %d", err, statusOf(gr))
	}
	p.atTarget("get_object", gr.HTTPResponse)
	if !bytes.Equal(gr.Body, data) {
		p.fail("get_object: got %q, want %q", gr.Body, data)
	}
	if gr.Headers200 == nil || gr.Headers200.AisChecksumValue == nil || *gr.Headers200.AisChecksumValue != *h.AisChecksumValue {
		p.fail("get_object: checksum header differs from head_object's %q", *h.AisChecksumValue)
	}
	p.done("get_object")

	// 6. list_objects (GET with a typed JSON body) finds it with its size.
	props := "name,size,checksum"
	// The body is the generated ListObjectsMsg (one member of the action's oneOf as the spec grows),
	// marshalled and sent through the generated ...WithBody call, whatever shape the union takes.
	list := aisapi.ListObjectsMsg{Action: aisapi.ListObjectsMsgAction("list"), Value: aisapi.LsoMsg{Props: &props}}
	lr, err := p.c.ListObjectsWithBodyWithResponse(p.ctx, src, &aisapi.ListObjectsParams{Provider: &ais}, "application/json", jsonBody(p, "list", list))
	if err != nil || lr.StatusCode() != http.StatusOK || !strings.HasPrefix(lr.HTTPResponse.Header.Get("Content-Type"), "application/json") {
		p.fail("list_objects: %v status %d body %q", err, statusOf(lr), bodyOf(lr))
	}
	// The 200 may be a union over the actions: decode the body into the generated LsoRes.
	var page aisapi.LsoRes
	if err := json.Unmarshal(lr.Body, &page); err != nil || page.Entries == nil {
		p.fail("list_objects: body %q is not an LsoRes with entries: %v", lr.Body, err)
	}
	ents := *page.Entries
	if len(ents) != 1 || ents[0].Name != name || ents[0].Size == nil || *ents[0].Size != strconv.Itoa(len(data)) {
		p.fail("list_objects: entries %s, want one %q of size %d", bodyOf(lr), name, len(data))
	}
	p.done("list_objects")

	// 7. copy-bck to dst: a job; the answer is its id as text (Content-Type sniffed by Go's net/http).
	var cp aisapi.BucketActionJSONBody
	if err := cp.FromCopyBucketMsg(aisapi.CopyBucketMsg{Action: aisapi.CopyBucketMsgAction("copy-bck"), Value: aisapi.CopyBucketValue{}}); err != nil {
		p.fail("copy-bck body: %v", err)
	}
	bckTo := "ais/@#/" + dst + "/"
	cpr, err := p.c.BucketActionWithBodyWithResponse(p.ctx, src, &aisapi.BucketActionParams{Provider: &ais, BckTo: &bckTo}, "application/json", unionJSON(p, "copy-bck", cp))
	if err != nil || cpr.StatusCode() != http.StatusOK {
		p.fail("bucket_action copy-bck: %v status %d body %q", err, statusOf(cpr), bodyOf(cpr))
	}
	xid := aisapi.XactionIds(strings.TrimSpace(string(cpr.Body)))
	if xid == "" || strings.Contains(xid, ",") || strings.ContainsAny(xid, " /") {
		p.fail("bucket_action copy-bck: job id %q is not one xaction id", xid)
	}
	p.summary["job_id"] = xid
	p.done("copy_bucket")

	// 8. query_cluster what=status {"id": xid} until end_time > 0. AIS sends this JSON as text/plain,
	// so the generated JSON200 stays nil: decode Body into the generated XactStatus.
	var st aisapi.XactStatus
	started := time.Now()
	for polls := 0; ; polls++ {
		qr, err := p.c.QueryClusterWithBodyWithResponse(p.ctx, &aisapi.QueryClusterParams{What: aisapi.QueryClusterParamsWhat("status")},
			"application/json", jsonBody(p, "status query", aisapi.QueryMsg{Id: &xid}))
		if err != nil || qr.StatusCode() != http.StatusOK {
			p.fail("query_cluster status %s: %v status %d body %q", xid, err, statusOf(qr), bodyOf(qr))
		}
		st = aisapi.XactStatus{}
		if err := json.Unmarshal(qr.Body, &st); err != nil {
			p.fail("query_cluster status: body %q: %v", qr.Body, err)
		}
		if st.Uuid != xid || st.Kind != "copy-bck" {
			p.fail("query_cluster status: uuid %q kind %q, want %q copy-bck", st.Uuid, st.Kind, xid)
		}
		if (st.Aborted != nil && *st.Aborted) || (st.Err != nil && *st.Err != "") {
			p.fail("query_cluster status: job %s failed: %s", xid, qr.Body)
		}
		if st.EndTime != nil && *st.EndTime > 0 {
			p.summary["job_polls"] = polls + 1
			break
		}
		if time.Since(started) > 90*time.Second {
			p.fail("query_cluster status: job %s not finished after %d polls: %s", xid, polls+1, qr.Body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	hd, err := p.c.HeadObjectWithResponse(p.ctx, dst, name, &aisapi.HeadObjectParams{Provider: &ais})
	if err != nil || hd.StatusCode() != http.StatusOK || hd.HTTPResponse.ContentLength != int64(len(data)) {
		p.fail("head_object %s/%s after the copy: %v status %d", dst, name, err, statusOf(hd))
	}
	p.done("job_status")

	// 9. The cluster map again (it must list targets: checked by clusterMap).
	p.clusterMap()

	// 10. delete_object, then head_object -> 404.
	dr, err := p.c.DeleteObjectWithBodyWithResponse(p.ctx, src, name, &aisapi.DeleteObjectParams{Provider: &ais}, "application/json", nil)
	if err != nil || dr.StatusCode() != http.StatusOK {
		p.fail("delete_object: %v status %d body %q", err, statusOf(dr), bodyOf(dr))
	}
	// The generated response parser cannot bind the 404's `Hdr-Error` header (its schema has no
	// Go type: "can not bind to destination of type: interface"), so use the generated
	// low-level HeadObject, which returns the *http.Response unparsed.
	raw, err := p.c.ClientInterface.HeadObject(p.ctx, src, name, &aisapi.HeadObjectParams{Provider: &ais})
	if err != nil {
		p.fail("head_object after delete_object: %v", err)
	}
	_ = raw.Body.Close()
	if raw.StatusCode != http.StatusNotFound || raw.Header.Get("Hdr-Error") == "" {
		p.fail("head_object after delete_object: status %d, Hdr-Error %q; want 404 with Hdr-Error", raw.StatusCode, raw.Header.Get("Hdr-Error"))
	}
	p.done("delete_object")

	// 11. destroy-bck both, then list_buckets no longer has them.
	for _, b := range []string{src, dst} {
		rr, err := p.destroy(p.ctx, b)
		if err != nil || rr.StatusCode() != http.StatusOK {
			p.fail("delete_bucket destroy-bck %s: %v status %d body %q", b, err, statusOf(rr), bodyOf(rr))
		}
	}
	p.listBuckets(src, false)
	p.listBuckets(dst, false)
	p.done("destroy_buckets")
}

// statusOf and bodyOf describe a generated *XxxResponse (nil when the call failed).
func statusOf(r any) int {
	v := reflect.ValueOf(r)
	if !v.IsValid() || v.IsNil() {
		return 0
	}
	if hr, ok := v.Elem().FieldByName("HTTPResponse").Interface().(*http.Response); ok && hr != nil {
		return hr.StatusCode
	}
	return 0
}

func bodyOf(r any) string {
	v := reflect.ValueOf(r)
	if !v.IsValid() || v.IsNil() {
		return ""
	}
	b, _ := v.Elem().FieldByName("Body").Interface().([]byte)
	return string(b)
}
