// Go peer of spawn.py: goroutines started and run to completion, per second,
// joined with a sync.WaitGroup (in batches of 1000, like the others).
// Usage: spawn [-n N] [-max-seconds S]
package main

import (
	"flag"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	n := flag.Int("n", 1000000, "goroutines")
	maxSec := flag.Float64("max-seconds", 5, "time bound")
	flag.Parse()
	var acc int64
	var wg sync.WaitGroup
	deadline := time.Duration(*maxSec * float64(time.Second))
	start := time.Now()
	done := 0
	for done < *n {
		end := done + 1000
		if end > *n {
			end = *n
		}
		wg.Add(end - done)
		for i := done; i < end; i++ {
			go func(i int) {
				atomic.AddInt64(&acc, int64(i+1))
				wg.Done()
			}(i)
		}
		wg.Wait()
		done = end
		if time.Since(start) > deadline {
			break
		}
	}
	el := time.Since(start)
	fmt.Printf("spawn_per_s=%.0f\n", float64(done)/el.Seconds())
	fmt.Printf("spawned=%d checksum=%d\n", done, acc)
}
