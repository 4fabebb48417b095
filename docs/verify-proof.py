#!/usr/bin/env python3
"""Checks Samsyn's audit proofs without Samsyn's code: Python 3's standard library for the
RFC 9162 hashing, `openssl` (3.x) for the Ed25519 signature of the tree head.

  verify-proof.py inclusion PROOF.json --public-key KEY.pem
      PROOF.json is what `samsyn prove <position>` prints: {event, inclusion, head}.
  verify-proof.py evidence PACK.html --public-key KEY.pem
      PACK.html is an evidence pack (`samsyn evidence <process>`, GET /processes/:id/evidence):
      its head's signature and every entry's inclusion proof.
  verify-proof.py consistency PROOF.json --old HEAD.json --new HEAD.json --public-key KEY.pem
      PROOF.json is GET /audit/proof/consistency?from=&to=; the heads are signed heads
      (`samsyn digest`, GET /audit/head, or lines of the heads outlet).

Exit 0 and "OK ..." when everything checks; exit 1 and "FAILED: ..." otherwise.
The formats are in the README, "Audit proofs".
"""
import argparse
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_from_inclusion(index, size, leaf, proof):
    """RFC 9162 section 2.1.3.2."""
    if index < 0 or index >= size:
        return None
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return None
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return r if sn == 0 else None


def consistent(first, second, first_root, second_root, proof):
    """RFC 9162 section 2.1.4.2."""
    if first < 0 or second < first:
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof
    path = ([first_root] if first & (first - 1) == 0 else []) + list(proof)
    if not path:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root


def head_signed(head, public_key_pem):
    """The payload is four lines without a trailing newline; openssl checks the Ed25519 signature."""
    payload = "samsyn-tree-head:v1\n%d\n%s\n%s" % (head["treeSize"], head["rootHash"], head["timestamp"])
    with tempfile.TemporaryDirectory() as d:
        msg, sig = os.path.join(d, "payload"), os.path.join(d, "signature")
        with open(msg, "wb") as f:
            f.write(payload.encode("utf-8"))
        with open(sig, "wb") as f:
            f.write(base64.b64decode(head["signature"], validate=True))
        r = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", public_key_pem, "-rawin", "-in", msg, "-sigfile", sig], capture_output=True)
        return r.returncode == 0


def hexes(values):
    return [bytes.fromhex(v) for v in values]


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)


def inclusion_problem(event, inc, head):
    """None when the event is the leaf the audit path proves in the head's tree, else why not."""
    leaf_input = inc["leafInput"].encode("utf-8")
    if leaf_hash(leaf_input).hex() != inc["leafHash"]:
        return "the leaf hash is not SHA-256(0x00 || leafInput)"
    content = json.loads(inc["leafInput"])
    for field in ("id", "streamId", "type", "schemaVersion", "data", "metadata"):
        if content.get(field) != event.get(field):
            return "the event's %s is not what the leaf commits to" % field
    for field in ("position", "revision"):
        if str(content.get(field)) != str(event.get(field)):
            return "the event's %s is not what the leaf commits to" % field
    if inc["treeSize"] != head["treeSize"]:
        return "the proof is for a tree of %s, the head is of %s" % (inc["treeSize"], head["treeSize"])
    root = root_from_inclusion(inc["leafIndex"], inc["treeSize"], leaf_hash(leaf_input), hexes(inc["proof"]))
    if root is None or root.hex() != head["rootHash"]:
        return "the audit path does not lead to the head's root"
    return None


def check_inclusion(doc, key):
    event, inc, head = doc["event"], doc["inclusion"], doc["head"]
    problem = inclusion_problem(event, inc, head)
    if problem:
        fail(problem)
    if not head_signed(head, key):
        fail("the head's signature does not verify with the public key")
    print("OK: event at position %s is entry %d of the signed tree of %d (root %s)" % (event["position"], inc["leafIndex"], head["treeSize"], head["rootHash"]))


def check_evidence(html, key):
    """An evidence pack carries its head and every entry's proof as JSON in <script id="samsyn-evidence">."""
    m = re.search(r'<script type="application/json" id="samsyn-evidence">(.*?)</script>', html, re.S)
    if not m:
        fail("no samsyn-evidence data in this document")
    doc = json.loads(m.group(1))
    head = doc["head"]
    if not head_signed(head, key):
        fail("the pack's head signature does not verify with the public key")
    for entry in doc["entries"]:
        problem = inclusion_problem(entry["event"], entry["inclusion"], head)
        if problem:
            fail("entry at position %s: %s" % (entry["event"].get("position"), problem))
    print("OK: all %d entries are in the signed tree of %d (root %s)" % (len(doc["entries"]), head["treeSize"], head["rootHash"]))


def check_consistency(doc, old, new, key):
    for h in (old, new):
        if not head_signed(h, key):
            fail("the signature of the head of size %d does not verify with the public key" % h["treeSize"])
    if doc["from"] != old["treeSize"] or doc["to"] != new["treeSize"]:
        fail("the proof is from %s to %s, the heads are of %s and %s" % (doc["from"], doc["to"], old["treeSize"], new["treeSize"]))
    if not consistent(old["treeSize"], new["treeSize"], bytes.fromhex(old["rootHash"]), bytes.fromhex(new["rootHash"]), hexes(doc["proof"])):
        fail("the tree of %d does not extend the tree of %d: history was rewritten" % (new["treeSize"], old["treeSize"]))
    print("OK: the signed tree of %d extends the signed tree of %d" % (new["treeSize"], old["treeSize"]))


def main():
    ap = argparse.ArgumentParser(description="check Samsyn audit proofs independently")
    ap.add_argument("kind", choices=["inclusion", "consistency", "evidence"])
    ap.add_argument("proof")
    ap.add_argument("--public-key", required=True)
    ap.add_argument("--old")
    ap.add_argument("--new")
    a = ap.parse_args()
    load = lambda p: json.load(open(p, encoding="utf-8"))
    try:
        if a.kind == "inclusion":
            check_inclusion(load(a.proof), a.public_key)
        elif a.kind == "evidence":
            check_evidence(open(a.proof, encoding="utf-8").read(), a.public_key)
        else:
            if not a.old or not a.new:
                fail("consistency needs --old and --new heads")
            check_consistency(load(a.proof), load(a.old), load(a.new), a.public_key)
    except (KeyError, ValueError, TypeError) as e:
        fail("not a well-formed proof or head: %s" % e)


if __name__ == "__main__":
    main()
