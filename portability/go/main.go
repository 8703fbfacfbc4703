// Command aisprobe calls a live AIS cluster through the Go client that oapi-codegen generates
// from spec/aistore.yaml, and checks the answers: the spec serves Go in fact, not only on paper.
//
//	AIS_ENDPOINT=http://127.0.0.1:8080 aisprobe [--expect-bucket NAME]
//
// It reads the cluster map (GET /v1/daemon?what=smap) and lists the ais buckets
// (GET /v1/buckets?provider=ais); with --expect-bucket the named bucket must be listed.
// Read-only. Prints one JSON summary line and exits 0, or prints the failure and exits 1.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"

	"aisclient/portability/aisapi"
)

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "aisprobe (go): "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	expect := flag.String("expect-bucket", "", "an ais bucket that must be listed")
	flag.Parse()
	endpoint := os.Getenv("AIS_ENDPOINT")
	if endpoint == "" {
		fail("AIS_ENDPOINT is not set")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := aisapi.NewClientWithResponses(endpoint, aisapi.WithHTTPClient(&http.Client{Timeout: 30 * time.Second}))
	if err != nil {
		fail("client: %v", err)
	}

	// The cluster map.
	sm, err := c.GetClusterMapWithResponse(ctx, &aisapi.GetClusterMapParams{What: aisapi.GetClusterMapParamsWhatSmap})
	if err != nil {
		fail("get_cluster_map: %v", err)
	}
	if sm.StatusCode() != http.StatusOK || sm.JSON200 == nil {
		fail("get_cluster_map: status %d, body %q", sm.StatusCode(), sm.Body)
	}
	smap := sm.JSON200
	if smap.ProxySi.DaemonType != "proxy" {
		fail("smap: proxy_si.daemon_type = %q", smap.ProxySi.DaemonType)
	}
	if _, ok := smap.Pmap[smap.ProxySi.DaemonId]; !ok {
		fail("smap: primary %q not in pmap", smap.ProxySi.DaemonId)
	}
	if len(smap.Tmap) == 0 {
		fail("smap: no targets")
	}
	for id, t := range smap.Tmap {
		if t.DaemonId != id || t.DaemonType != "target" || t.PublicNet.DirectUrl == nil || *t.PublicNet.DirectUrl == "" {
			fail("smap: bad target entry %q: %+v", id, t)
		}
	}
	version, err := strconv.ParseUint(smap.Version, 10, 64)
	if err != nil || version == 0 {
		fail("smap: version %q is not a positive decimal string", smap.Version)
	}

	// The ais buckets (JSON null when there are none).
	provider := aisapi.Ais
	lb, err := c.ListBucketsWithResponse(ctx, &aisapi.ListBucketsParams{Provider: &provider})
	if err != nil {
		fail("list_buckets: %v", err)
	}
	if lb.StatusCode() != http.StatusOK {
		fail("list_buckets: status %d, body %q", lb.StatusCode(), lb.Body)
	}
	var buckets []aisapi.Bck
	if lb.JSON200 != nil {
		buckets = *lb.JSON200
	}
	found := *expect == ""
	for _, b := range buckets {
		if b.Provider != "ais" {
			fail("list_buckets(provider=ais): bucket %q has provider %q", b.Name, b.Provider)
		}
		if b.Name == *expect {
			found = true
		}
	}
	if !found {
		fail("list_buckets: %q not among %d buckets", *expect, len(buckets))
	}

	out, _ := json.Marshal(map[string]any{
		"lang": "go", "smap_version": version, "proxies": len(smap.Pmap), "targets": len(smap.Tmap),
		"buckets": len(buckets), "expected_bucket_found": *expect != "" && found,
	})
	fmt.Println(string(out))
}
